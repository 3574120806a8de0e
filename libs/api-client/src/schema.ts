// Generated from the OpenAPI document by `npm run openapi` (scripts/openapi.ts): do not edit. `npm test`
// fails when it differs from what the code documents.
export interface paths {
  '/auth/dev-token': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Een dev-token
     * @description Alleen met AUTH_MODE=dev: een token voor elke gebruiker, rollen en gemeente; een nieuwe gemeente wordt aangemaakt.
     */
    post: operations['AuthController_devToken'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/subjects': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Zoeken op BSN, naam of geboortedatum
     * @description De inwoners en huishoudens van de gemeente met dit BSN (exact), een naam die de zoektekst bevat (hoofdletterongevoelig) en/of deze geboortedatum; samen gegeven moeten ze alle kloppen. Hoogstens 50.
     */
    get: operations['SubjectsController_findByBsn'];
    put?: never;
    /**
     * Een inwoner of huishouden vastleggen
     * @description Legt een inwoner of huishouden vast; een BSN wordt versleuteld bewaard en nooit teruggegeven.
     */
    post: operations['SubjectsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/subjects/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Een inwoner of huishouden
     * @description De inwoner of het huishouden, zonder BSN.
     */
    get: operations['SubjectsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/subjects/{id}/huishoudens': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Huishoudens van een inwoner
     * @description De huishoudens die de inwoner als lid hebben, het oudste eerst, elk met zijn leden; leeg voor een huishouden zelf (zijn leden staan in zijn eigen gegevens).
     */
    get: operations['SubjectsController_huishoudens'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/subjects/{id}/consents': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Toestemmingen
     * @description De toestemmingen van de inwoner, de oudste eerst, ook de ingetrokken.
     */
    get: operations['SubjectsController_consents'];
    put?: never;
    /**
     * Toestemming vastleggen
     * @description Legt een toestemming van de inwoner vast om te delen met een partij.
     */
    post: operations['SubjectsController_addConsent'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/subjects/{id}/consents/{consentId}/withdraw': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Toestemming intrekken
     * @description Trekt een lopende toestemming in; vanaf nu faalt elke controle op die toestemming.
     */
    post: operations['SubjectsController_withdraw'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Casussen zoeken
     * @description De casussen die de gebruiker mag zien, de nieuwste eerst, per pagina (cursor).
     */
    get: operations['CasesController_list'];
    put?: never;
    /**
     * Een casus starten
     * @description Start een casus van een workflow voor een inwoner of huishouden, met de input van die workflow.
     */
    post: operations['CasesController_start'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Een casus
     * @description De casus met zijn fase, context, termijnen en de events die nu mogelijk zijn.
     */
    get: operations['CasesController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Een event voor een casus
     * @description Stuurt een event naar de casus; de gegevens hangen af van het type (zie CaseEvent). Idempotent per Idempotency-Key; met If-Match alleen als de casus nog die versie heeft.
     */
    post: operations['CasesController_dispatch'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * De geschiedenis van een casus
     * @description Elk event van de casus, in volgorde, met wie het deed en de fase ervoor en erna.
     */
    get: operations['CasesController_history'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Het auditlog van een casus
     * @description Wie de casus las of wijzigde en waarom het mocht (alleen de teamleider).
     */
    get: operations['CasesController_auditTrail'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/deadlines': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Termijnen
     * @description De termijnen van de casussen die de gebruiker mag zien, op vervaldatum.
     */
    get: operations['DeadlinesController_deadlines'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/notifications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Berichten
     * @description De berichten (herinneringen, verlopen termijnen, escalaties) voor de gebruiker, en voor een teamleider die aan de teamleider van het team. `readAt` zegt of en wanneer deze gebruiker het las: gelezen is per gebruiker, ook bij een bericht aan het team.
     */
    get: operations['DeadlinesController_notifications'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/notifications/gelezen': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Alle berichten gelezen
     * @description Markeert elk ongelezen bericht van de gebruiker als gelezen. Nog eens doen verandert niets. Zonder body; een body die geen geldige JSON is, is een 400.
     */
    put: operations['DeadlinesController_markAllRead'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/notifications/{id}/gelezen': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Bericht gelezen
     * @description Markeert het bericht als gelezen door de gebruiker. Nog eens doen verandert niets: het blijft gelezen op het eerste moment. 404 voor een bericht dat niet voor de gebruiker is.
     */
    put: operations['DeadlinesController_markRead'];
    post?: never;
    /**
     * Bericht weer ongelezen
     * @description Markeert het bericht weer als ongelezen door de gebruiker. 404 voor een bericht dat niet voor de gebruiker is.
     */
    delete: operations['DeadlinesController_markUnread'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/subjects/{id}/voorzieningen': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Voorzieningen van een inwoner
     * @description De voorzieningen die de inwoner kreeg, de nieuwste eerst.
     */
    get: operations['VoorzieningenController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/worklist': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * De werklijst
     * @description Wat de gebruiker moet doen: lopende termijnen en open herindicaties, op vervaldatum.
     */
    get: operations['VoorzieningenController_worklist'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/wachtlijst/bw': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Wachtlijst beschermd wonen
     * @description De inwoners aan wie beschermd wonen is toegekend of voor wie het voorlopig noodzakelijk is geacht, zonder plaats: sinds wanneer, de overbrugging (maatschappelijke opvang, 24-uursopvang, thuis) en het AVE-niveau, op de peildatum (standaard vandaag). Plaatsing (BW_GEPLAATST) haalt de inwoner van de lijst. Alleen teamleider en procesmanager.
     */
    get: operations['VoorzieningenController_bwWachtlijst'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/indicators': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Indicatoren
     * @description De indicatoren van de catalogus (Almelo, Twenterand, Borne en Regie zelf) over een periode (van en tot en met, Amsterdamse data), berekend uit de historie; nooit personen (alleen beleid). Cellen met minder dan 5 inwoners staan er als "< 5", en een cel die uit een totaal min de andere cellen volgt ook.
     */
    get: operations['IndicatorenController_indicators'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/monitor': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Monitor Sociaal Domein over een periode
     * @description De monitor voor de raad over een periode (van en tot en met, Amsterdamse data, hooguit vijf jaar), nu berekend uit de historie: per bron een tabel van de indicatoren, per indicator de uitleg (definitie en berekening), de reeks als grafiek (SVG) en de uitsplitsingen. Cellen met minder dan 5 inwoners staan er als "< 5". Als HTML-pagina, of met format=pdf als PDF. Alleen beleid.
     */
    get: operations['MonitorController_periode'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/monitors': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Maandmonitors
     * @description De maandmonitors die de worker op de eerste werkdag van elke maand maakt: de vorige maand en het jaar tot en met die maand. Alleen beleid.
     */
    get: operations['MonitorController_lijst'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/monitors/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Eén maandmonitor
     * @description De opgeslagen maandmonitor met de cijfers zoals de worker ze toen berekende: de maand en het jaar tot en met de maand. Als HTML-pagina, of met format=pdf als PDF. Alleen beleid.
     */
    get: operations['MonitorController_opgeslagen'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/systeemsignalen': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Systeemsignalen
     * @description Wat huishoudens in een doorbraak blokkeerde (een regel, proces of instantie) met een voorstel, en het antwoord van beleid; met status alleen de signalen met die status. Nooit de casus zelf (beleid, teamleider en procesmanager).
     */
    get: operations['SysteemsignalenController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/systeemsignalen/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Eén systeemsignaal
     * @description Het signaal en elke wijziging van status of reactie: wie, wanneer, van wat naar wat.
     */
    get: operations['SysteemsignalenController_detail'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Een systeemsignaal beantwoorden
     * @description Zet de status (ontvangen, in_behandeling, afgehandeld) en/of geeft een reactie; afgehandeld vraagt een reactie. De wijziging komt in de historie van het signaal, met wie haar deed (alleen beleid).
     */
    patch: operations['SysteemsignalenController_change'];
    trace?: never;
  };
  '/board/escalations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Het escalatiebord
     * @description De AVE-huishoudens per niveau: hoe lang al, wie de regie heeft of nog moet accepteren, welke reviews verlopen.
     */
    get: operations['BoardController_escalations'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/board/stream': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Wijzigingen op het bord
     * @description Server-sent events bij elke wijziging van een AVE-huishouden van de gemeente (alleen ids, niveau en fase); de client haalt het bord opnieuw op.
     */
    get: operations['BoardController_stream'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/config': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * De regels per workflow
     * @description De regels die de gemeente per workflow instelde, met hun JSON Schema (admin en teamleider).
     */
    get: operations['ConfigController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/config/{workflow}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * De geschiedenis van de regels
     * @description Elke versie van de regels van een workflow, de oudste eerst (admin en teamleider); 404 voor een workflow zonder instelbare regels.
     */
    get: operations['ConfigController_history'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/config/{workflow}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Regels wijzigen
     * @description Nieuwe regels voor een workflow (alleen de admin); nieuwe casussen starten ermee, lopende houden de hunne.
     */
    put: operations['ConfigController_change'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/kalender': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * De Atw-kalender
     * @description De dagen die bij Koninklijk Besluit met de algemeen erkende feestdagen zijn gelijkgesteld (Algemene termijnenwet art. 3), met de geschiedenis: wie, wanneer, welke dagen (alleen de admin).
     */
    get: operations['KalenderController_get'];
    /**
     * De Atw-kalender wijzigen
     * @description Een nieuwe lijst gelijkgestelde dagen, bijvoorbeeld na een nieuw Koninklijk Besluit (alleen de admin). Termijnen die daarna worden berekend tellen ermee; een termijn die al loopt houdt zijn einddatum.
     */
    put: operations['KalenderController_change'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Lopend werk importeren
     * @description Importeert inwoners, huishoudens, voorzieningen, open meldingen en aanvragen of AVE-trajecten uit het systeem dat de gemeente verlaat, met hun oorspronkelijke datums. Idempotent: hetzelfde bestand nog eens verandert niets. Slechte rijen worden afgewezen met regelnummer en reden, de goede landen (of niets, met allesOfNiets=true). dryRun=true schrijft niets en zegt per rij wat er zou gebeuren. Alleen de admin.
     */
    post: operations['ImportController_importeer'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Gebruikers van de gemeente of een team
     * @description De bekende medewerkers van de gemeente, of van één team (team=), om uit te kiezen, bijvoorbeeld als nieuwe regiehouder. In de demo (AUTH_MODE=dev) de demogebruikers met hun rollen en teams; anders wie de regie heeft over een casus van de gemeente.
     */
    get: operations['UsersController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/workflows': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Workflows
     * @description Elke workflow: zijn fasen, zijn events met hun JSON Schema, en de input bij het starten.
     */
    get: operations['WorkflowsController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/workflows/{name}/diagram': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Het diagram van een workflow
     * @description Het toestandsdiagram van de workflow als Mermaid-tekst.
     */
    get: operations['WorkflowsController_diagram'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/workflows/{name}/graph': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * De fasen en overgangen van een workflow
     * @description Het toestandsdiagram van de workflow als gegevens (fasen en overgangen), uit de machine zelf: om de klantreis te tekenen.
     */
    get: operations['WorkflowsController_graph'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/clock': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * De klok
     * @description De tijd van de engine, of de klok handmatig is, en elke periodieke taak (de transitie18-scan, het dagoverzicht, de maandmonitor) met wanneer zij weer draait.
     */
    get: operations['ClockController_now'];
    /**
     * De klok zetten
     * @description Alleen met CLOCK=manual (anders bestaat dit endpoint niet: 404): zet de klok op een moment. Vooruit gaat elke termijn die onderweg verloopt af en draait elke periodieke taak die onderweg aan de beurt is, zoals bij advance; terug alleen als er na dat moment nog niets gebeurd is (geen stap in een casus, geen termijn die afging, geen casus gewijzigd), anders 409 met wat er daarna gebeurde. Daarna draait elke periodieke taak weer op het eerste moment van haar ritme na de nieuwe tijd. Vooruit hoogstens 10 jaar in één keer (anders 400).
     */
    put: operations['ClockController_set'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/clock/advance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * De klok verzetten
     * @description Alleen met CLOCK=manual: zet de klok vooruit. Elke termijn die onderweg verloopt gaat af en elke periodieke taak die onderweg aan de beurt is draait, elk op haar eigen moment en in volgorde. Hoogstens 10 jaar in één keer (anders 400).
     */
    post: operations['ClockController_advance'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/openapi.json': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Dit OpenAPI-document
     * @description Het OpenAPI-document van de API, zonder token op te halen.
     */
    get: operations['openApiDocument'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    /** @description Wat een event in de casus aanmaakte */
    Aangemaakt: {
      /** @description het id van wat het event aanmaakte, bijvoorbeeld actie-3 (doorbraak) */
      id: string;
      /** @description de sleutel (key) van de termijn die ervoor loopt, bijvoorbeeld actie_actie-3; null als er geen loopt */
      deadlineKey: string | null;
    };
    AtwKalender: {
      /** @description de versie van de lijst die geldt */
      version: number;
      /** @description de gelijkgestelde dagen die gelden, oplopend */
      dagen: string[];
      changedBy: string;
      /** Format: date-time */
      changedAt: string;
      /** @description elke versie van de lijst, de oudste eerst */
      geschiedenis: components['schemas']['AtwKalenderVersie'][];
    };
    AtwKalenderVersie: {
      version: number;
      /** @description de gelijkgestelde dagen van deze versie (Atw art. 3), oplopend */
      dagen: string[];
      /** @description dagen die deze versie toevoegde aan de vorige */
      toegevoegd: string[];
      /** @description dagen die deze versie schrapte uit de vorige */
      verwijderd: string[];
      /** @description wie de lijst wijzigde; `systeem` voor de eerste lijst */
      changedBy: string;
      /** @description de gemeente van de beheerder; null voor de eerste lijst */
      gemeente: string | null;
      /** Format: date-time */
      changedAt: string;
    };
    AtwKalenderWijziging: {
      /** @description de volledige lijst van bij Koninklijk Besluit gelijkgestelde dagen (Atw art. 3) die vanaf nu geldt */
      dagen: string[];
    };
    AuditEntry: {
      /** Format: date-time */
      at: string;
      actor: string;
      roles: string[];
      action: string;
      recordType: string;
      recordId: string | null;
      reason: string;
      status: number;
    };
    AuditTrail: components['schemas']['AuditEntry'][];
    BoardHousehold: {
      /** Format: uuid */
      caseId: string;
      /** Format: uuid */
      subjectId: string;
      level: number;
      team: string | null;
      /** @description sinds wanneer het huishouden op dit niveau staat */
      since: string;
      daysAtLevel: number;
      regie: components['schemas']['Regie'];
      awaitingAcceptance: {
        /** @description wie de regie moet accepteren; null: naar de rol gestuurd, elke professional van die rol mag */
        holder: string | null;
        role: string;
        since: string;
        overdueSince: string | null;
      } | null;
      review: {
        /** Format: date-time */
        dueAt: string | null;
        overdue: boolean;
        missedSince: string | null;
      };
      recentChanges: components['schemas']['BoardPathStep'][];
    };
    BoardPathStep: {
      /** @enum {string} */
      soort: 'opschalen' | 'afschalen';
      from: number | null;
      to: number;
      reden: string | null;
      criteria: string[];
      /** @description wie de regie kreeg; null: naar de rol van het niveau gestuurd */
      holder: string | null;
      acceptatieNodig: boolean;
      actor: string;
      at: string;
    };
    BwWachtende: {
      /**
       * Format: uuid
       * @description de melding (intake) waarin beschermd wonen is toegekend of voorlopig nodig geacht
       */
      caseId: string;
      /** Format: uuid */
      subjectId: string;
      /**
       * Format: date
       * @description de dag waarop de inwoner op de wachtlijst kwam
       */
      sinds: string;
      /** @description dagen op de wachtlijst tot de peildatum */
      wachtdagen: number;
      /** @enum {string} */
      grond: 'toegekend' | 'voorlopig_noodzakelijk';
      /**
       * @description waar de inwoner verblijft tot de plaatsing
       * @enum {string}
       */
      overbrugging: 'maatschappelijke_opvang' | '24_uursopvang' | 'thuis';
      /** @description het AVE-niveau; null zonder AVE-traject */
      aveNiveau: number | null;
      regieHolder: string | null;
    };
    BwWachtlijst: {
      /** Format: date */
      peildatum: string;
      /** @description het aantal inwoners op de wachtlijst (indicator almelo 3.4C.2) */
      aantal: number;
      /** @description wie wacht, de langst wachtende eerst */
      items: components['schemas']['BwWachtende'][];
    };
    /** @description Een termijn zoals zijn casus hem toont */
    CaseDeadline: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      caseId: string;
      key: string;
      name: string;
      law: string | null;
      /** @enum {string} */
      party: 'gemeente' | 'inwoner';
      /**
       * Format: date
       * @description de laatste dag van de termijn (Europe/Amsterdam); null bij termijnen korter dan een dag
       */
      dueDate: string | null;
      /**
       * Format: date-time
       * @description het moment waarop de termijn verstreken is
       */
      dueAt: string;
      /** @enum {string} */
      status: 'pending' | 'overdue' | 'met' | 'missed' | 'cancelled';
      /** Format: date-time */
      remindAt: string | null;
      /** Format: date-time */
      remindedAt: string | null;
      /** Format: date-time */
      metAt: string | null;
      /** Format: date-time */
      missedAt: string | null;
      /** Format: date-time */
      suspendedAt: string | null;
      suspendedDays: number;
      extendedDays: number;
      /** @description of dit de termijn is die nu geldt onder zijn sleutel (key): de nieuwste; een eerdere termijn onder dezelfde sleutel (een verlopen acceptatietermijn, gevolgd door die van een nieuwe ontvanger) is vervangen */
      huidig: boolean;
      /**
       * Format: uuid
       * @description de termijn onder dezelfde sleutel die na deze kwam; null voor de termijn die nu geldt
       */
      vervangenDoor: string | null;
    };
    CaseHistory: components['schemas']['HistoryEntry'][];
    CaseList: {
      items: components['schemas']['CaseView'][];
      /** @description cursor van de volgende pagina; null op de laatste */
      next: string | null;
    };
    /** @description De casus; naast de vaste velden de projectie van de workflow (AVE: aveLevel, regieOntvanger; doorbraak: goedgekeurdDoor, de kosten-batenrekening; herindicatie: openDatum, signaleringsDatum). context is de eigen administratie van de workflow; wat een client nodig heeft staat in een veld hier. */
    CaseView: {
      /** Format: uuid */
      id: string;
      workflow: string;
      workflowVersion: number;
      /** @description de versie van de casus: stuur die als If-Match mee */
      version: number;
      /** Format: uuid */
      subjectId: string;
      state: string;
      /** @enum {string} */
      status: 'active' | 'done' | 'error' | 'stopped';
      /** @description de eigen administratie van de workflow, per workflow een eigen vorm; bij workflow doorbraak de vorm DoorbraakContext (een component van dit document) */
      context: {
        [key: string]: unknown;
      };
      /** @description de events die nu mogelijk zijn */
      allowedEvents: string[];
      regie: components['schemas']['Regie'];
      team: string | null;
      deadlines: components['schemas']['CaseDeadline'][];
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      /** @description AVE: het niveau van het huishouden */
      aveLevel?: number | null;
      /** @description AVE: wie de regie nog moet accepteren (gebruikers-id, niveau 3 en 4); null als de overdracht naar een rol ging zonder aangewezen ontvanger (dan noemt regieOntvangerRol die rol) of als er geen overdracht wacht */
      regieOntvanger?: string | null;
      /** @description AVE: de rol die de regie nog moet accepteren, bijvoorbeeld procesmanager; null als er geen overdracht wacht */
      regieOntvangerRol?: string | null;
      /** @description doorbraak: wat doormodderen per jaar kost, in centen; null zonder analyse */
      doormodderenPerJaar?: number | null;
      /** @description doorbraak: de eenmalige kosten van het plan, in centen; null zonder plan */
      planEenmalig?: number | null;
      /** @description doorbraak: de jaarlijkse kosten van het plan, in centen */
      planPerJaar?: number | null;
      /** @description doorbraak: de verwachte besparing per jaar, in centen */
      verwachteBesparingPerJaar?: number | null;
      /** @description doorbraak: de kosten met het plan in jaar 1, in centen */
      kostenMetPlanJaar1?: number | null;
      /** @description doorbraak: de kosten met het plan per jaar daarna, in centen */
      kostenMetPlanPerJaarDaarna?: number | null;
      /** @description doorbraak: de netto besparing in jaar 1, in centen */
      nettoBesparingJaar1?: number | null;
      /** @description doorbraak: de netto besparing per jaar daarna, in centen */
      nettoBesparingPerJaarDaarna?: number | null;
      /** @description doorbraak: het mandaatniveau (code) dat de eenmalige kosten van het plan vragen; null zonder plan */
      mandaatNodig?: string | null;
      /** @description doorbraak: de naam van dat mandaatniveau */
      mandaatNodigNaam?: string | null;
      /** @description doorbraak: het mandaatniveau (code) waarop het plan nu wacht; null als er geen besluit openstaat */
      voorgelegdAan?: string | null;
      /** @description doorbraak: wie het plan goedkeurde (gebruikers-id); null zolang het niet is goedgekeurd */
      goedgekeurdDoor?: string | null;
      /** @description doorbraak: het mandaatniveau (code) waarmee het plan is goedgekeurd; null zolang het niet is goedgekeurd */
      goedgekeurdNiveau?: string | null;
      /**
       * Format: date-time
       * @description doorbraak: wanneer het plan is goedgekeurd; null zolang het niet is goedgekeurd
       */
      goedgekeurdOp?: string | null;
      /** @description doorbraak: of de Jeugdwet in de analyse betrokken is (indicator 3.4A.1) */
      metJeugdwet?: boolean;
      /** @description doorbraak: of de Wmo in de analyse betrokken is (indicator 3.4B.1) */
      metWmo?: boolean;
      /** @description doorbraak: hoeveel acties openstaan */
      openActies?: number;
      /** @description doorbraak: hoeveel acties hun uiterste datum misten */
      gemisteActies?: number;
      /** @description doorbraak: of het doel bereikt is, volgens de laatste evaluatie; null zonder evaluatie */
      doelBereikt?: ('ja' | 'deels' | 'nee') | null;
      /** @description doorbraak: de gerealiseerde situationele besparing per jaar (laatste evaluatie), in centen */
      gerealiseerdSituationeel?: number | null;
      /** @description doorbraak: de gerealiseerde structurele besparing per jaar (laatste evaluatie), in centen */
      gerealiseerdStructureel?: number | null;
      /** @description doorbraak: de gerealiseerde incidentele besparing (laatste evaluatie), in centen */
      gerealiseerdIncidenteel?: number | null;
      /**
       * Format: date
       * @description herindicatie: de dag waarop de herindicatie opent en de eigenaar een herinnering krijgt
       */
      openDatum?: string;
      /**
       * Format: date
       * @description herindicatie: de dag waarop de teamleider wordt gesignaleerd als de herindicatie aan het eind ervan nog open is (de vervaldatum van de termijn herindicatie)
       */
      signaleringsDatum?: string;
      /** @description alleen in het antwoord op een event dat iets aanmaakt (doorbraak: ACTIE_TOEGEVOEGD): wat het aanmaakte en de sleutel van zijn termijn */
      aangemaakt?: components['schemas']['Aangemaakt'];
      /** @description alleen in het antwoord op een start of event: wat de professional moet weten, zoals een termijn die bij registratie met een eerdere datum van ontvangst (ontvangenOp) al verstreken was en meteen als verstreken is vastgelegd */
      meldingen?: string[];
    } & {
      [key: string]: string | number | boolean | null;
    };
    Clock: {
      /** Format: date-time */
      now: string;
      /** @enum {string} */
      mode: 'system' | 'manual';
      /** @description elke periodieke taak met haar volgende keer; een handmatige klok die wordt gezet of verzet, plant ze opnieuw vanaf de nieuwe tijd */
      periodicJobs: components['schemas']['PeriodiekeTaak'][];
    };
    ClockAdvanceRequest: {
      /** @description hoe ver de klok verzet wordt, een ISO 8601-duur, bijvoorbeeld P1D of PT2H */
      by: string;
    };
    ClockAdvanced: {
      /** Format: date-time */
      now: string;
      /** @description het aantal termijnen dat afging (herinneringen en verlopen termijnen) */
      fired: number;
      /** @description de periodieke taken die onderweg draaiden, in volgorde van hun moment, tussen de termijnen door */
      periodicRuns: components['schemas']['PeriodiekeRun'][];
    };
    ClockSetRequest: {
      /**
       * Format: date-time
       * @description het moment waarop de klok komt te staan, ISO 8601 met tijdzone, bijvoorbeeld 2025-11-25T09:00:00+01:00
       */
      now: string;
    };
    Consent: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      subjectId: string;
      scope: string;
      grantedTo: string;
      grantedBy: string;
      note: string | null;
      recordedBy: string;
      /** Format: date-time */
      grantedAt: string;
      /** Format: date-time */
      validUntil: string | null;
      /** Format: date-time */
      withdrawnAt: string | null;
    };
    ConsentList: components['schemas']['Consent'][];
    ConsentRequest: {
      scope: string;
      grantedTo: string;
      grantedBy: string;
      note?: string;
      /** Format: date-time */
      validUntil?: string;
    };
    ConsentWithdrawalRequest: {
      reden: string;
    };
    Deadline: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      caseId: string;
      key: string;
      name: string;
      law: string | null;
      /** @enum {string} */
      party: 'gemeente' | 'inwoner';
      /**
       * Format: date
       * @description de laatste dag van de termijn (Europe/Amsterdam); null bij termijnen korter dan een dag
       */
      dueDate: string | null;
      /**
       * Format: date-time
       * @description het moment waarop de termijn verstreken is
       */
      dueAt: string;
      /** @enum {string} */
      status: 'pending' | 'overdue' | 'met' | 'missed' | 'cancelled';
      /** Format: date-time */
      remindAt: string | null;
      /** Format: date-time */
      remindedAt: string | null;
      /** Format: date-time */
      metAt: string | null;
      /** Format: date-time */
      missedAt: string | null;
      /** Format: date-time */
      suspendedAt: string | null;
      suspendedDays: number;
      extendedDays: number;
    };
    DeadlineList: {
      items: components['schemas']['Deadline'][];
    };
    DevToken: {
      token: string;
    };
    DevTokenRequest: {
      user: string;
      roles: ('intaker' | 'procesmanager' | 'teamleider' | 'beleid' | 'admin')[];
      gemeente: string;
      team?: string;
      /** @description het mandaatniveau waarmee de gebruiker besluit, bijv. teamleider of manager_sociaal_domein */
      mandaat?: string;
    };
    /** @description De aanmelding met haar criteria */
    DoorbraakAanmelding: {
      /** @description wat zit vast in het huishouden */
      vastgelopen: string;
      /** @description de regels of instanties die elkaar of het huishouden blokkeren */
      blokkades: components['schemas']['DoorbraakBlokkade'][];
      /**
       * Format: date
       * @description sinds wanneer het vastzit (JJJJ-MM-DD)
       */
      sinds: string;
      /** @description waarom de standaardvoorzieningen niet helpen */
      waaromGeenStandaard: string;
      /** @description wie aanmeldde (gebruikers-id) */
      actor: string;
      /**
       * Format: date-time
       * @description wanneer is aangemeld
       */
      at: string;
    };
    /** @description Een actie uit de uitvoering van het plan */
    DoorbraakActie: {
      /** @description actie-1, actie-2, ... in de volgorde van toevoegen */
      id: string;
      /** @description wie de actie uitvoert (gebruikers-id) */
      eigenaar: string;
      /** @description wat er moet gebeuren */
      omschrijving: string;
      /**
       * Format: date
       * @description de uiterste datum (JJJJ-MM-DD, Europe/Amsterdam)
       */
      uiterlijk: string;
      /**
       * @description open, afgerond of geannuleerd
       * @enum {string}
       */
      status: 'open' | 'afgerond' | 'geannuleerd';
      /**
       * Format: date-time
       * @description wanneer de actie is toegevoegd; haar termijn loopt vanaf hier
       */
      sinds: string;
      /**
       * Format: date-time
       * @description wanneer haar uiterste datum verstreek terwijl zij open was; anders null
       */
      gemistOp: string | null;
      /**
       * Format: date-time
       * @description wanneer zij is afgerond of geannuleerd; null zolang zij open is
       */
      afgeslotenOp: string | null;
      /** @description waarom zij is geannuleerd; anders null */
      reden: string | null;
      /** @description wie de actie toevoegde (gebruikers-id) */
      actor: string;
    };
    /** @description De afsluiting van de doorbraak */
    DoorbraakAfsluiting: {
      systeemsignaal: components['schemas']['DoorbraakSysteemsignaal'];
      /** @description hoe de doorbraak afloopt; anders null */
      toelichting: string | null;
      /** @description wie de doorbraak afsloot (gebruikers-id) */
      actor: string;
      /**
       * Format: date-time
       * @description wanneer de doorbraak is afgesloten
       */
      at: string;
    };
    /** @description De analyse: de betrokkenen, het doel en de nulmeting (ZRM) */
    DoorbraakAnalyse: {
      /** @description elke betrokken instantie en voorziening; samen de kosten van doormodderen per jaar */
      betrokkenen: components['schemas']['DoorbraakBetrokkene'][];
      /** @description waar het huishouden over een jaar wil staan, in eigen woorden */
      doelOverEenJaar: string;
      /** @description de zelfredzaamheid per gescoord levensdomein (ZRM), de nulmeting; elk domein hoogstens één keer */
      zrm: components['schemas']['ZrmScore'][];
      /** @description wie de analyse vastlegde (gebruikers-id) */
      actor: string;
      /**
       * Format: date-time
       * @description wanneer de analyse is vastgelegd
       */
      at: string;
    };
    /** @description Een stap van de besluitvorming, met het bedrag en het niveau: wie besloot wat */
    DoorbraakBesluitStap: {
      /**
       * @description wat er gebeurde
       * @enum {string}
       */
      soort: 'ingediend' | 'voorgelegd' | 'termijn_verstreken' | 'goedgekeurd' | 'afgewezen';
      /** @description het mandaatniveau (code) waarop het plan hierna wacht; bij een besluit: het niveau dat besloot */
      niveau: string;
      /** @description het mandaatniveau (code) dat de eenmalige kosten van het plan vragen */
      nodig: string;
      /** @description het mandaatniveau (code) van wie handelde; null bij een verstreken termijn of zonder mandaat */
      mandaat: string | null;
      /** @description de versie van het plan waarover het ging */
      planVersie: number;
      /** @description de eenmalige kosten van dat plan, in eurocenten */
      planEenmalig: number;
      /** @description de reden van een afwijzing, de toelichting bij een voorlegging of besluit; anders null */
      toelichting: string | null;
      /** @description wie handelde (bij een verstreken termijn: wie de klok verzette of het systeem) (gebruikers-id) */
      actor: string;
      /**
       * Format: date-time
       * @description wanneer het gebeurde
       */
      at: string;
    };
    /** @description Het besluit dat openstaat */
    DoorbraakBesluitVraag: {
      /** @description het mandaatniveau (code) waarop het plan wacht */
      voorgelegdAan: string;
      /** @description het mandaatniveau (code) dat de eenmalige kosten van het plan vragen */
      nodig: string;
      /**
       * Format: date-time
       * @description wanneer het plan aan dat niveau is voorgelegd; de besluittermijn loopt vanaf hier
       */
      sinds: string;
    };
    /** @description De gerealiseerde besparing van één stap */
    DoorbraakBesparing: {
      /** @description het nummer van de stap in het plan, vanaf 1 */
      stap: number;
      /** @description de gerealiseerde besparing per jaar, in eurocenten (€ 4.800,00 is 480000) */
      gerealiseerdPerJaar: number;
      /**
       * @description situationeel, structureel of incidenteel
       * @enum {string}
       */
      soort: 'situationeel' | 'structureel' | 'incidenteel';
    };
    /** @description Een betrokken instantie of voorziening, met haar kosten */
    DoorbraakBetrokkene: {
      /**
       * @description de wet waaronder de instantie of voorziening werkt
       * @enum {string}
       */
      wet:
        | 'Wmo'
        | 'Jeugdwet'
        | 'Participatiewet'
        | 'Wgs'
        | 'Zvw'
        | 'Wlz'
        | 'Woningwet'
        | 'Leerplichtwet'
        | 'Wet passend onderwijs'
        | 'Strafrecht'
        | 'overig';
      /** @description de aanbieder of instantie */
      instantie: string;
      /** @description wat zij levert */
      levert: string;
      /** @description wat het per jaar kost, in eurocenten (€ 4.800,00 is 480000) */
      kostenPerJaar: number;
    };
    /** @description Een regel of instantie die het huishouden blokkeert */
    DoorbraakBlokkade: {
      /** @description welke regel, welk proces of welke instantie blokkeert, en hoe */
      omschrijving: string;
      /** @description de instantie die de regel stelt of toepast; null als niet genoemd */
      instantie: string | null;
    };
    /** @description De regels waarmee deze casus loopt: de standaard met de afwijkingen van de gemeente, gekopieerd bij de start */
    DoorbraakConfig: {
      /** @description de mandaatniveaus van laag naar hoog; alleen het hoogste is zonder bovengrens */
      mandaatniveaus: components['schemas']['DoorbraakMandaatniveau'][];
      /** @description hoe lang een niveau heeft om over het plan te besluiten voor het volgende niveau erover hoort */
      besluittermijn: components['schemas']['DoorbraakTermijn'];
      /** @description hoe lang voor het einde van de besluittermijn het niveau wordt herinnerd */
      besluitHerinnering: components['schemas']['DoorbraakTermijn'];
      /** @description de maanden na het besluit waarop het plan wordt geëvalueerd, oplopend */
      evaluatieMaanden: number[];
      /** @description hoe lang voor de uiterste datum de eigenaar van een actie wordt herinnerd */
      actieHerinnering: components['schemas']['DoorbraakTermijn'];
    };
    /** @description De eigen administratie van een doorbraak: het context-veld van een casus van workflow doorbraak. Elk veld is er altijd, null waar (nog) niets is; bedragen in hele eurocenten; personen alleen als gebruikers-id. */
    DoorbraakContext: {
      /**
       * Format: uuid
       * @description de casus
       */
      caseId: string;
      /**
       * Format: uuid
       * @description het huishouden of de inwoner
       */
      subjectId: string;
      /**
       * Format: date-time
       * @description wanneer de doorbraak is aangemeld
       */
      startedAt: string;
      /** @description wie aanmeldde (gebruikers-id) */
      createdBy: string;
      config: components['schemas']['DoorbraakConfig'];
      /** @description de regisseur van de doorbraak */
      regie: {
        /** @description de rol die de regie voert: regisseur */
        role: string;
        /** @description wie de doorbraak regisseert (gebruikers-id) */
        holder: string;
      };
      aanmelding: components['schemas']['DoorbraakAanmelding'];
      /** @description de gekoppelde klantreizen (intake) */
      intakeCaseIds: string[];
      /** @description de gekoppelde AVE-trajecten */
      aveCaseIds: string[];
      /** @description de analyse; null zolang zij niet is vastgelegd */
      analyse: components['schemas']['DoorbraakAnalyse'] | null;
      /** @description het perspectiefplan; null zolang het niet is vastgelegd */
      plan: components['schemas']['DoorbraakPlan'] | null;
      /** @description het besluit dat openstaat; null als er geen openstaat */
      besluitVraag: components['schemas']['DoorbraakBesluitVraag'] | null;
      /** @description elke stap van de besluitvorming, in volgorde */
      besluiten: components['schemas']['DoorbraakBesluitStap'][];
      /** @description de goedkeuring van het plan; null zolang het niet is goedgekeurd */
      goedkeuring: components['schemas']['DoorbraakGoedkeuring'] | null;
      /** @description de acties, in de volgorde van toevoegen */
      acties: components['schemas']['DoorbraakActie'][];
      /** @description de evaluaties, in de volgorde van vastleggen */
      evaluaties: components['schemas']['DoorbraakEvaluatie'][];
      /** @description de evaluaties waarvan de termijn verstreek voor zij waren vastgelegd */
      gemisteEvaluaties: components['schemas']['DoorbraakGemisteEvaluatie'][];
      /** @description de afsluiting; null zolang de doorbraak loopt */
      afsluiting: components['schemas']['DoorbraakAfsluiting'] | null;
    };
    /** @description Een evaluatie van het plan */
    DoorbraakEvaluatie: {
      /** @description het evaluatiemoment, in maanden na het besluit */
      maanden: number;
      /**
       * @description of het doel van het huishouden is bereikt: ja, deels of nee
       * @enum {string}
       */
      doelBereikt: 'ja' | 'deels' | 'nee';
      /** @description de zelfredzaamheid per gescoord levensdomein (ZRM), bij deze evaluatie; elk domein hoogstens één keer */
      zrm: components['schemas']['ZrmScore'][];
      /** @description de gerealiseerde besparing per stap; elke stap hoogstens één keer */
      besparingen: components['schemas']['DoorbraakBesparing'][];
      /** @description de verandering in kwaliteit van leven, in woorden; anders null */
      toelichting: string | null;
      /** @description of zij is vastgelegd nadat haar termijn verstreek */
      teLaat: boolean;
      /** @description wie de evaluatie vastlegde (gebruikers-id) */
      actor: string;
      /**
       * Format: date-time
       * @description wanneer de evaluatie is vastgelegd
       */
      at: string;
    };
    /** @description Een evaluatie waarvan de termijn verstreek voor zij er was */
    DoorbraakGemisteEvaluatie: {
      /** @description het evaluatiemoment, in maanden na het besluit */
      maanden: number;
      /**
       * Format: date-time
       * @description wanneer de termijn van de evaluatie verstreek
       */
      at: string;
    };
    /** @description De goedkeuring van het plan */
    DoorbraakGoedkeuring: {
      /**
       * Format: date-time
       * @description wanneer het plan is goedgekeurd; de evaluaties tellen vanaf hier
       */
      at: string;
      /** @description wie het plan goedkeurde (gebruikers-id) */
      actor: string;
      /** @description het mandaatniveau (code) waarmee het is goedgekeurd */
      mandaat: string;
      /** @description de versie van het goedgekeurde plan */
      planVersie: number;
      /** @description de eenmalige kosten van het goedgekeurde plan, in eurocenten */
      planEenmalig: number;
    };
    /** @description De juridische grondslag die een stap toelaat, met motivering */
    DoorbraakGrondslag: {
      /**
       * @description wet_artikel, hardheidsclausule of maatwerk (discretionaire ruimte)
       * @enum {string}
       */
      soort: 'wet_artikel' | 'hardheidsclausule' | 'maatwerk';
      /** @description de wet of verordening (bij wet_artikel); anders null */
      wet: string | null;
      /** @description het artikel (bij wet_artikel); anders null */
      artikel: string | null;
      /** @description de regeling waarvan de hardheidsclausule wordt toegepast (bij hardheidsclausule); anders null */
      regeling: string | null;
      /** @description waarom deze grondslag deze stap toelaat */
      motivering: string;
    };
    /** @description Een mandaatniveau: wie een plan mag goedkeuren tot welke eenmalige kosten */
    DoorbraakMandaatniveau: {
      /** @description de code van het niveau, zoals het token van een beslisser die draagt (claim mandaat) */
      code: string;
      /** @description de naam van het niveau, bijv. manager sociaal domein */
      naam: string;
      /** @description de hoogste eenmalige plankosten die dit niveau mag goedkeuren, in eurocenten; null: geen grens (het hoogste niveau) */
      bovengrens: number | null;
    };
    /** @description Het perspectiefplan, zoals het laatst is vastgelegd */
    DoorbraakPlan: {
      /** @description de versie van het plan: 1, en één hoger bij elke nieuwe vastlegging */
      versie: number;
      /** @description de doorbraakstappen, in volgorde (stap 1, 2, ...) */
      stappen: components['schemas']['DoorbraakPlanStap'][];
      /** @description wie het plan vastlegde (gebruikers-id) */
      actor: string;
      /**
       * Format: date-time
       * @description wanneer het plan is vastgelegd
       */
      at: string;
    };
    /** @description Een doorbraakstap van het perspectiefplan */
    DoorbraakPlanStap: {
      /** @description de doorbraakstap: wat er anders dan standaard gebeurt */
      omschrijving: string;
      grondslag: components['schemas']['DoorbraakGrondslag'];
      /** @description de eenmalige kosten van de stap, in eurocenten (€ 4.800,00 is 480000) */
      eenmaligeKosten: number;
      /** @description de kosten per jaar die de stap meebrengt, in eurocenten (€ 4.800,00 is 480000) */
      jaarlijkseKosten: number;
      /** @description de verwachte besparing per jaar op de huidige voorzieningen, in eurocenten (€ 4.800,00 is 480000) */
      verwachteBesparingPerJaar: number;
    };
    /** @description Het systeemsignaal naar beleid bij de afsluiting */
    DoorbraakSysteemsignaal: {
      /**
       * @description wat blokkeerde: een regel, een proces of een instantie
       * @enum {string}
       */
      soort: 'regel' | 'proces' | 'instantie';
      /** @description de blokkade in woorden, voor het beleid */
      signaal: string;
      /** @description wat er zou moeten veranderen */
      voorstel: string;
    };
    /** @description Een termijnlengte uit de regels van de doorbraak */
    DoorbraakTermijn: {
      /** @description hoeveel eenheden */
      amount: number;
      /**
       * @description de eenheid: werkdagen, days, weeks, months, years, hours, minutes, seconds
       * @enum {string}
       */
      unit: 'werkdagen' | 'days' | 'weeks' | 'months' | 'years' | 'hours' | 'minutes' | 'seconds';
    };
    EscalationBoard: {
      /** Format: date-time */
      now: string;
      levels: {
        level: number;
        households: number;
        awaitingAcceptance: number;
      }[];
      households: components['schemas']['BoardHousehold'][];
    };
    HistoryEntry: {
      seq: number;
      type: string;
      /** @description de gevalideerde gegevens van het event */
      data: unknown;
      actor: string;
      /** Format: date-time */
      at: string;
      from: string | null;
      to: string;
    };
    /** @description Eén CSV-bestand van één soort (docs/import.md): een kopregel met de kolomnamen, dan één rij per regel; gescheiden door ; , of een tab (zoals de kopregel), UTF-8. Bovenaan mag "# soort: <soort>" staan. */
    ImportCsv: string;
    ImportResult: {
      /** @enum {string} */
      soort: 'inwoners' | 'huishoudens' | 'voorzieningen' | 'meldingen' | 'aanvragen' | 'ave';
      dryRun: boolean;
      allesOfNiets: boolean;
      /** @description datarijen in het bestand (zonder kopregel, commentaar en lege regels) */
      rijen: number;
      /** @description nieuwe rijen die zijn vastgelegd (bij een dry run: zouden worden) */
      geland: number;
      /** @description rijen die al in Regie staan: er veranderde niets */
      ongewijzigd: number;
      afgewezen: number;
      /** @description of er iets is geschreven: false bij een dry run, en bij alles-of-niets met een afgewezen rij */
      geschreven: boolean;
      /** @description de afgewezen rijen met hun reden, zonder BSN of naam */
      afwijzingen: {
        /** @description het regelnummer in het bestand (1 is de eerste regel) */
        rij: number;
        reden: string;
      }[];
      /** @description bij een dry run, en bij alles-of-niets met een afgewezen rij: wat er met elke rij zou gebeuren */
      rijenRapport?: {
        rij: number;
        /** @enum {string} */
        uitkomst: 'nieuw' | 'ongewijzigd' | 'afgewezen';
        reden?: string;
      }[];
      gevolgen: {
        /** @description herindicaties geopend voor lopende voorzieningen met een einddatum */
        herindicaties: number;
        /** @description 18-/18+-overgangen gestart voor jongeren met een Jeugdwet-voorziening */
        transities18: number;
        /** @description meldingen, aanvragen en AVE-trajecten gestart */
        casussen: number;
      };
    };
    IndicatorRapport: {
      /** @description de gemeente van de gebruiker: alleen haar inwoners tellen mee */
      gemeente: string;
      /**
       * Format: date
       * @description eerste dag van de gevraagde periode (Amsterdamse datum)
       */
      van: string;
      /**
       * Format: date
       * @description laatste dag van de gevraagde periode (tot en met)
       */
      tot: string;
      /** @description in de volgorde van de catalogus */
      indicatoren: components['schemas']['IndicatorUitkomst'][];
    };
    /** @description één punt van de reeks: een maand of kwartaal */
    IndicatorReekspunt: {
      /** @description "2026-03" (maand) of "2026-K1" (kwartaal) */
      periode: string;
      /**
       * Format: date
       * @description eerste dag van het punt, niet voor de gevraagde periode
       */
      van: string;
      /**
       * Format: date
       * @description laatste dag van het punt (tot en met), niet na de gevraagde periode
       */
      tot: string;
      /** @description het getal, in de eenheid van de indicator (eurocent bij een bedrag, procent met één decimaal); null als het onderdrukt is (weergave "< 5"), als de indicator niet beschikbaar is, of als er niets te berekenen valt (een aandeel of mediaan over niemand, weergave "-") */
      waarde: number | null;
      /** @description de tekst om te tonen, zoals een tabel hem schrijft: "1.234", "< 5", "€ 1.234,56", "45,5%", "-", "nog niet beschikbaar" */
      weergave: string;
      /** @description true als het getal verborgen is omdat het op 1 tot 4 inwoners rust, of omdat het uit een totaal min de andere cellen zou volgen; waarde is dan null en weergave "< 5" */
      onderdrukt: boolean;
      /** @description op hoeveel inwoners (of casussen) het getal rust, bij een aandeel de noemer; nooit 1 tot 4; null als onderdrukt of niet beschikbaar */
      basis: number | null;
    };
    /** @description één indicator over de periode, onderdrukt voor beleid */
    IndicatorUitkomst: {
      /** @description bron en nummer, bijv. "almelo 4.1.1"; ook de naam in de parameter keys */
      key: string;
      /**
       * @description wiens document de indicator publiceert; regie: een indicator van Regie zelf
       * @enum {string}
       */
      bron: 'almelo' | 'twenterand' | 'borne' | 'regie';
      /** @description het nummer in dat document */
      nummer: string;
      /** @description de naam zoals gepubliceerd */
      naam: string;
      /**
       * Format: date
       * @description eerste dag van de periode van de waarde
       */
      van: string;
      /**
       * Format: date
       * @description laatste dag van de periode van de waarde (tot en met)
       */
      tot: string;
      /** @description het getal, in de eenheid van de indicator (eurocent bij een bedrag, procent met één decimaal); null als het onderdrukt is (weergave "< 5"), als de indicator niet beschikbaar is, of als er niets te berekenen valt (een aandeel of mediaan over niemand, weergave "-") */
      waarde: number | null;
      /** @description de tekst om te tonen, zoals een tabel hem schrijft: "1.234", "< 5", "€ 1.234,56", "45,5%", "-", "nog niet beschikbaar" */
      weergave: string;
      /** @description true als het getal verborgen is omdat het op 1 tot 4 inwoners rust, of omdat het uit een totaal min de andere cellen zou volgen; waarde is dan null en weergave "< 5" */
      onderdrukt: boolean;
      /** @description op hoeveel inwoners (of casussen) het getal rust, bij een aandeel de noemer; nooit 1 tot 4; null als onderdrukt of niet beschikbaar */
      basis: number | null;
      /**
       * @description waarin waarde telt (basis telt inwoners of casussen); eurocent: hele centen, procent: met één decimaal
       * @enum {string}
       */
      eenheid:
        | 'inwoners'
        | 'huishoudens'
        | 'casussen'
        | 'meldingen'
        | 'voorzieningen'
        | 'aanbieders'
        | 'eurocent'
        | 'procent'
        | 'dagen';
      /**
       * @description nog niet beschikbaar: Regie legt niet vast wat de indicator nodig heeft (waarde null)
       * @enum {string}
       */
      status: 'beschikbaar' | 'nog niet beschikbaar';
      /** @description waarom de indicator (nog) niet beschikbaar is */
      nietBeschikbaar?: string;
      /** @description wat de indicator betekent */
      definitie: string;
      /** @description hoe Regie het uit de historie berekent */
      berekening: string;
      /**
       * @description stroom: over de periode; stand: aan het eind van de laatste dag
       * @enum {string}
       */
      soort: 'stroom' | 'stand';
      /** @description of de cellen van een uitsplitsing en de reeks optellen tot de waarde */
      optelbaar: boolean;
      /** @description de reeks in de periode: per maand, per kwartaal of geen */
      reeks: ('maand' | 'kwartaal') | null;
      /** @description de waarde uitgesplitst; leeg zonder uitsplitsing of als de indicator niet beschikbaar is */
      uitsplitsingen: components['schemas']['IndicatorUitsplitsing'][];
      /** @description de reeks, in de volgorde van de tijd; leeg zonder reeks */
      punten: components['schemas']['IndicatorReekspunt'][];
    };
    /** @description de waarde uitgesplitst naar één kenmerk */
    IndicatorUitsplitsing: {
      /**
       * @description waarnaar de waarde is uitgesplitst
       * @enum {string}
       */
      naar:
        | 'voorziening'
        | 'productgroep'
        | 'aanbieder'
        | 'verwijzer'
        | 'wet'
        | 'team'
        | 'termijn'
        | 'niveau'
        | 'status'
        | 'soort';
      /** @description een cel per categorie */
      cellen: components['schemas']['IndicatorUitsplitsingCel'][];
    };
    /** @description één cel van een uitsplitsing */
    IndicatorUitsplitsingCel: {
      /** @description de categorie, bijv. "Jeugd" of "wijkteam-noord" */
      label: string;
      /** @description het getal, in de eenheid van de indicator (eurocent bij een bedrag, procent met één decimaal); null als het onderdrukt is (weergave "< 5"), als de indicator niet beschikbaar is, of als er niets te berekenen valt (een aandeel of mediaan over niemand, weergave "-") */
      waarde: number | null;
      /** @description de tekst om te tonen, zoals een tabel hem schrijft: "1.234", "< 5", "€ 1.234,56", "45,5%", "-", "nog niet beschikbaar" */
      weergave: string;
      /** @description true als het getal verborgen is omdat het op 1 tot 4 inwoners rust, of omdat het uit een totaal min de andere cellen zou volgen; waarde is dan null en weergave "< 5" */
      onderdrukt: boolean;
      /** @description op hoeveel inwoners (of casussen) het getal rust, bij een aandeel de noemer; nooit 1 tot 4; null als onderdrukt of niet beschikbaar */
      basis: number | null;
    };
    InvalidParam: {
      name: string;
      reason: string;
    };
    Maandmonitor: {
      /** Format: uuid */
      id: string;
      /** @description de maand van de monitor, JJJJ-MM */
      maand: string;
      /**
       * Format: date
       * @description eerste dag van de maand
       */
      van: string;
      /**
       * Format: date
       * @description laatste dag van de maand
       */
      tot: string;
      /**
       * Format: date
       * @description eerste dag van het jaar tot en met de maand
       */
      jaarVan: string;
      /**
       * Format: date-time
       * @description wanneer de worker hem maakte
       */
      gemaaktOp: string;
    };
    MaandmonitorList: {
      /** @description de maandmonitors, de nieuwste maand eerst */
      items: components['schemas']['Maandmonitor'][];
    };
    Notification: {
      /** Format: uuid */
      id: string;
      kind: string;
      recipient: string;
      /** Format: uuid */
      caseId: string | null;
      /** Format: uuid */
      deadlineId: string | null;
      message: string;
      /** Format: date-time */
      createdAt: string;
      /**
       * Format: date-time
       * @description wanneer deze gebruiker het bericht las; null zolang het ongelezen is
       */
      readAt: string | null;
    };
    NotificationList: {
      items: components['schemas']['Notification'][];
      /** @description hoeveel van alle berichten van de gebruiker ongelezen zijn */
      unread: number;
    };
    NotificationsRead: {
      /** @description hoeveel berichten gelezen werden die dat nog niet waren */
      gelezen: number;
    };
    PeriodiekeRun: {
      /** @description de taak die draaide */
      job: string;
      /**
       * Format: date-time
       * @description het moment waarop zij aan de beurt was, en waarop de klok toen stond
       */
      at: string;
      /** @description of zij slaagde; een mislukte taak draait bij de volgende verzetting opnieuw */
      ok: boolean;
      /** @description wat zij deed, in aantallen (of waarom zij mislukte) */
      summary: string;
    };
    PeriodiekeTaak: {
      /** @description de taak: `transitie18-scan`, `werklijst-digest` of `maandmonitor` */
      name: string;
      /** @description het ritme, een cron-patroon in de tijd van Amsterdam */
      pattern: string;
      /**
       * Format: date-time
       * @description wanneer de taak volgens deze klok weer draait
       */
      nextRunAt: string;
      /**
       * Format: date-time
       * @description wanneer zij het laatst met succes draaide; null: nog nooit
       */
      lastRunAt: string | null;
      /** @description waarom de laatste poging mislukte; null als die slaagde (alleen aantallen, geen persoonsgegevens) */
      lastError: string | null;
    };
    Problem: {
      /** @description URI die het soort probleem aanduidt */
      type: string;
      /** @description korte samenvatting van het soort probleem */
      title: string;
      /** @description de HTTP-status */
      status: number;
      /** @description wat er mis is, voor de professional */
      detail: string;
      /** @description het pad van het verzoek */
      instance?: string;
      /** @description stabiele code van het probleem, voor clients */
      code: string;
      invalidParams?: components['schemas']['InvalidParam'][];
      /** @description bij een geweigerd event: wat nu wel kan */
      allowedEvents?: string[];
    } & {
      [key: string]: unknown;
    };
    /** @description wie de regie heeft */
    Regie: {
      role: string;
      holder: string | null;
    };
    /**
     * @description ontvangen (nieuw), in_behandeling (beleid pakt het op) of afgehandeld (met een reactie)
     * @enum {string}
     */
    SignaalStatus: 'ontvangen' | 'in_behandeling' | 'afgehandeld';
    StartCaseRequest: {
      workflow: string;
      /** Format: uuid */
      subjectId: string;
      /** @description de input van de workflow (zie GET /workflows) */
      input?: {
        [key: string]: unknown;
      };
    };
    Subject: {
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: 'inwoner' | 'huishouden';
      name: string;
      /** Format: date */
      birthDate: string | null;
      /** @description of er een BSN is vastgelegd; het BSN zelf gaat nooit terug */
      hasBsn: boolean;
      members: string[];
      /** Format: date-time */
      createdAt: string;
    };
    SubjectList: {
      items: components['schemas']['Subject'][];
    };
    SubjectRequest: {
      /** @enum {string} */
      kind: 'inwoner' | 'huishouden';
      name: string;
      /** Format: date */
      birthDate?: string;
      bsn?: string;
      members?: string[];
    };
    Systeemsignaal: {
      /** Format: uuid */
      id: string;
      /**
       * @description wat het huishouden blokkeerde: een regel, een proces of een instantie
       * @enum {string}
       */
      soort: 'regel' | 'proces' | 'instantie';
      /** @description de blokkade in woorden */
      signaal: string;
      /** @description wat de professional voorstelt te veranderen */
      voorstel: string;
      /**
       * Format: date-time
       * @description wanneer de doorbraak met dit signaal werd afgesloten
       */
      gesignaleerdOp: string;
      status: components['schemas']['SignaalStatus'];
      /** @description het antwoord van beleid; null zolang er geen is */
      reactie: string | null;
      /** @description wie de status of reactie het laatst wijzigde */
      gewijzigdDoor: string | null;
      /** Format: date-time */
      gewijzigdOp: string | null;
      /** @description stijgt bij elke wijziging; stuur haar mee als If-Match */
      versie: number;
    };
    SysteemsignaalDetail: {
      /** Format: uuid */
      id: string;
      /**
       * @description wat het huishouden blokkeerde: een regel, een proces of een instantie
       * @enum {string}
       */
      soort: 'regel' | 'proces' | 'instantie';
      /** @description de blokkade in woorden */
      signaal: string;
      /** @description wat de professional voorstelt te veranderen */
      voorstel: string;
      /**
       * Format: date-time
       * @description wanneer de doorbraak met dit signaal werd afgesloten
       */
      gesignaleerdOp: string;
      status: components['schemas']['SignaalStatus'];
      /** @description het antwoord van beleid; null zolang er geen is */
      reactie: string | null;
      /** @description wie de status of reactie het laatst wijzigde */
      gewijzigdDoor: string | null;
      /** Format: date-time */
      gewijzigdOp: string | null;
      /** @description stijgt bij elke wijziging; stuur haar mee als If-Match */
      versie: number;
      /** @description elke wijziging van status of reactie, de oudste eerst */
      historie: components['schemas']['SysteemsignaalWijziging'][];
    };
    SysteemsignaalList: {
      /** @description de signalen, het nieuwste eerst */
      items: components['schemas']['Systeemsignaal'][];
    };
    SysteemsignaalWijzigen: {
      status?: components['schemas']['SignaalStatus'];
      /** @description het antwoord van beleid aan de professionals */
      reactie?: string;
    };
    SysteemsignaalWijziging: {
      /** Format: date-time */
      at: string;
      /** @description wie het deed (system: de afsluiting van de doorbraak) */
      actor: string;
      /** @description de status ervoor; null bij ontvangst */
      statusVan: ('ontvangen' | 'in_behandeling' | 'afgehandeld') | null;
      statusNaar: components['schemas']['SignaalStatus'];
      /** @description de reactie die met deze wijziging werd gegeven */
      reactie: string | null;
    };
    User: {
      /** @description de gebruikersnaam, zoals regie en termijnen die noemen */
      user: string;
      /** @description de rollen; leeg als de API ze niet kent */
      roles: string[];
      team: string | null;
    };
    UserList: {
      items: components['schemas']['User'][];
    };
    Voorziening: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      subjectId: string;
      /** Format: uuid */
      caseId: string | null;
      wet: string;
      product: string;
      aanbieder: string;
      volume: {
        aantal: number;
        eenheid: string;
      };
      /** Format: date */
      startdatum: string;
      /** Format: date */
      einddatum: string | null;
      ggz: boolean;
      actief: boolean;
      eigenaar: string;
      /** Format: uuid */
      herindicatieCaseId: string | null;
      /** Format: date-time */
      createdAt: string;
    };
    VoorzieningList: {
      items: components['schemas']['Voorziening'][];
    };
    WithdrawnConsent: {
      /** Format: uuid */
      id: string;
      scope: string;
      grantedTo: string;
      /** Format: date-time */
      withdrawnAt: string;
      reden: string;
    };
    Workflow: {
      name: string;
      version: number;
      title: string;
      states: string[];
      events: {
        type: string;
        title: string;
        /** @description JSON Schema van de gegevens; afwezig bij de termijn-events van de engine */
        schema?: {
          [key: string]: unknown;
        };
      }[];
      /** @description JSON Schema van de input bij het starten */
      input: {
        [key: string]: unknown;
      };
    };
    WorkflowConfig: {
      workflow: string;
      /** @description JSON Schema van de regels */
      schema: {
        [key: string]: unknown;
      };
      /** @description wat geldt waar de gemeente niets instelt (de standaardregels van de workflow) */
      defaults: {
        [key: string]: unknown;
      };
      config: {
        [key: string]: unknown;
      };
      version: number;
      changedBy: string | null;
      /** Format: date-time */
      changedAt: string | null;
    };
    WorkflowConfigChangeRequest: {
      /** @description de regels, volgens het schema van de workflow */
      config: {
        [key: string]: unknown;
      };
    };
    WorkflowConfigChanged: {
      workflow: string;
      version: number;
      config: {
        [key: string]: unknown;
      };
      changedBy: string;
      /** Format: date-time */
      changedAt: string;
    };
    WorkflowConfigHistory: components['schemas']['WorkflowConfigVersion'][];
    WorkflowConfigList: components['schemas']['WorkflowConfig'][];
    WorkflowConfigVersion: {
      version: number;
      config: {
        [key: string]: unknown;
      };
      changedBy: string;
      /** Format: date-time */
      changedAt: string;
    };
    WorkflowGraph: {
      states: {
        /** @description het pad van de fase, met punten, zoals de casus zijn fase noemt */
        id: string;
        /** @description de fase waar deze fase in ligt */
        parent: string | null;
        /** @description of dit de beginfase is van de fase erboven */
        initial: boolean;
        /** @description of dit een eindfase is */
        final: boolean;
      }[];
      transitions: {
        from: string;
        to: string;
        event: string;
        /** @description of de overgang een voorwaarde heeft */
        guarded: boolean;
      }[];
    };
    WorkflowList: components['schemas']['Workflow'][];
    Worklist: {
      items: components['schemas']['WorklistItem'][];
    };
    WorklistItem: {
      /** @enum {string} */
      soort: 'termijn' | 'herindicatie';
      /** Format: uuid */
      caseId: string;
      workflow: string;
      /** Format: uuid */
      subjectId: string;
      /** Format: uuid */
      deadlineId: string;
      key: string;
      name: string;
      law: string | null;
      /** Format: date */
      dueDate: string | null;
      /** Format: date-time */
      dueAt: string;
      /** @description pending, of missed voor een herindicatie die naar de teamleider ging */
      status: string;
      /** Format: uuid */
      voorzieningId: string | null;
      geescaleerdOp: string | null;
      /**
       * Format: date
       * @description herindicatie: de dag waarop de herindicatie opende; null bij een termijn
       */
      openDatum: string | null;
      /**
       * Format: date
       * @description herindicatie: de dag waarop de teamleider wordt gesignaleerd als zij aan het eind ervan nog open is; null bij een termijn
       */
      signaleringsDatum: string | null;
    };
    /** @description De zelfredzaamheid op één levensdomein (ZRM 2017), 1-5 */
    ZrmScore: {
      /**
       * @description het levensdomein van de Zelfredzaamheid-Matrix
       * @enum {string}
       */
      domein:
        | 'financien'
        | 'werk_en_opleiding'
        | 'tijdsbesteding'
        | 'huisvesting'
        | 'huiselijke_relaties'
        | 'geestelijke_gezondheid'
        | 'lichamelijke_gezondheid'
        | 'middelengebruik'
        | 'basale_adl'
        | 'instrumentele_adl'
        | 'sociaal_netwerk'
        | 'maatschappelijke_participatie'
        | 'justitie';
      /** @description 1 acute problematiek, 2 niet zelfredzaam, 3 beperkt zelfredzaam, 4 voldoende, 5 volledig zelfredzaam */
      score: number;
    };
    /**
     * Aanvraag ingediend
     * @description Aanvraag ingediend (workflow intake)
     */
    IntakeAanvraagIngediendEvent: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'AANVRAAG_INGEDIEND';
      laws: ('Wmo' | 'Jeugdwet' | 'Participatiewet')[];
      voorziening: string;
      /** Format: date */
      ontvangenOp?: string;
    };
    /**
     * Alle aanvragen ingediend
     * @description Alle aanvragen ingediend (workflow transitie18)
     */
    Transitie18AanvragenIngediendEvent: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'AANVRAGEN_INGEDIEND';
      toelichting?: string;
    };
    /**
     * Actie afronden
     * @description Actie afronden (workflow doorbraak)
     */
    DoorbraakActieAfgerondEvent: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'ACTIE_AFGEROND';
      actieId: string;
    };
    /**
     * Actie annuleren
     * @description Actie annuleren (workflow doorbraak)
     */
    DoorbraakActieGeannuleerdEvent: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'ACTIE_GEANNULEERD';
      actieId: string;
      reden: string;
    };
    /**
     * Actie toevoegen
     * @description Actie toevoegen (workflow doorbraak)
     */
    DoorbraakActieToegevoegdEvent: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'ACTIE_TOEGEVOEGD';
      /**
       * @description de wettelijke grondslag om te delen zonder toestemming van de inwoner
       * @enum {string}
       */
      wettelijkeGrondslag?: 'vroegsignalering' | 'veilig_thuis' | 'veiligheid_kind';
      eigenaar: string;
      omschrijving: string;
      /** Format: date */
      uiterlijk: string;
    };
    /**
     * Afsluiten
     * @description Afsluiten (workflow intake)
     */
    IntakeAfgeslotenEvent: {
      /** @enum {string} */
      type: 'AFGESLOTEN';
      /** @enum {string} */
      resultaatcode:
        | 'doel_bereikt'
        | 'doel_deels_bereikt'
        | 'doel_niet_bereikt'
        | 'afgewezen'
        | 'verhuisd'
        | 'overleden'
        | 'overig';
      toelichting?: string;
    };
    /**
     * AVE-traject afsluiten
     * @description AVE-traject afsluiten (workflow ave)
     */
    AveAfgeslotenEvent: {
      /** @enum {string} */
      type: 'AFGESLOTEN';
      reden: string;
    };
    /**
     * Afsluiten
     * @description Afsluiten (workflow transitie18)
     */
    Transitie18AfgeslotenEvent: {
      /** @enum {string} */
      type: 'AFGESLOTEN';
      toelichting?: string;
    };
    /**
     * Doorbraak afsluiten met systeemsignaal
     * @description Doorbraak afsluiten met systeemsignaal (workflow doorbraak)
     */
    DoorbraakAfgeslotenEvent: {
      /** @enum {string} */
      type: 'AFGESLOTEN';
      systeemsignaal: {
        /** @enum {string} */
        soort: 'regel' | 'proces' | 'instantie';
        signaal: string;
        voorstel: string;
      };
      toelichting?: string;
    };
    /** @description AFGESLOTEN: de gegevens hangen af van de workflow van de casus */
    AfgeslotenEvent:
      | {
          /**
           * @description discriminator enum property added by openapi-typescript
           * @enum {string}
           */
          type: 'AFGESLOTEN';
        }
      | components['schemas']['IntakeAfgeslotenEvent']
      | components['schemas']['AveAfgeslotenEvent']
      | components['schemas']['Transitie18AfgeslotenEvent']
      | components['schemas']['DoorbraakAfgeslotenEvent'];
    /**
     * Afschalen (één niveau)
     * @description Afschalen (één niveau) (workflow ave)
     */
    AveAfschalenEvent: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'AFSCHALEN';
      reden: string;
      naarNiveau?: 0 | 1 | 2 | 3;
      ontvanger?: string;
    };
    /**
     * Verwijzen naar een algemene voorziening (melding blijft open)
     * @description Verwijzen naar een algemene voorziening (melding blijft open) (workflow intake)
     */
    IntakeAlgemeneVoorzieningVerwezenEvent: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'ALGEMENE_VOORZIENING_VERWEZEN';
      /**
       * @description de wettelijke grondslag om te delen zonder toestemming van de inwoner
       * @enum {string}
       */
      wettelijkeGrondslag?: 'vroegsignalering' | 'veilig_thuis' | 'veiligheid_kind';
      voorziening: string;
    };
    /**
     * Analyse afronden
     * @description Analyse afronden (workflow doorbraak)
     */
    DoorbraakAnalyseAfgerondEvent: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'ANALYSE_AFGEROND';
    };
    /**
     * Analyse starten
     * @description Analyse starten (workflow doorbraak)
     */
    DoorbraakAnalyseGestartEvent: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'ANALYSE_GESTART';
      /**
       * @description de wettelijke grondslag om te delen zonder toestemming van de inwoner
       * @enum {string}
       */
      wettelijkeGrondslag?: 'vroegsignalering' | 'veilig_thuis' | 'veiligheid_kind';
      regisseur?: string;
    };
    /**
     * Analyse vastleggen (instanties, doel, ZRM)
     * @description Analyse vastleggen (instanties, doel, ZRM) (workflow doorbraak)
     */
    DoorbraakAnalyseVastgelegdEvent: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'ANALYSE_VASTGELEGD';
      betrokkenen: {
        /** @enum {string} */
        wet:
          | 'Wmo'
          | 'Jeugdwet'
          | 'Participatiewet'
          | 'Wgs'
          | 'Zvw'
          | 'Wlz'
          | 'Woningwet'
          | 'Leerplichtwet'
          | 'Wet passend onderwijs'
          | 'Strafrecht'
          | 'overig';
        instantie: string;
        levert: string;
        kostenPerJaar: number;
      }[];
      doelOverEenJaar: string;
      zrm: {
        /** @enum {string} */
        domein:
          | 'financien'
          | 'werk_en_opleiding'
          | 'tijdsbesteding'
          | 'huisvesting'
          | 'huiselijke_relaties'
          | 'geestelijke_gezondheid'
          | 'lichamelijke_gezondheid'
          | 'middelengebruik'
          | 'basale_adl'
          | 'instrumentele_adl'
          | 'sociaal_netwerk'
          | 'maatschappelijke_participatie'
          | 'justitie';
        score: number;
      }[];
    };
    /**
     * AVE-traject koppelen
     * @description AVE-traject koppelen (workflow intake)
     */
    IntakeAveGekoppeldEvent: {
      /** @enum {string} */
      type: 'AVE_GEKOPPELD';
      /** Format: uuid */
      aveCaseId: string;
    };
    /**
     * AVE-traject koppelen
     * @description AVE-traject koppelen (workflow doorbraak)
     */
    DoorbraakAveGekoppeldEvent: {
      /** @enum {string} */
      type: 'AVE_GEKOPPELD';
      /** Format: uuid */
      aveCaseId: string;
    };
    /** @description AVE_GEKOPPELD: de gegevens hangen af van de workflow van de casus */
    AveGekoppeldEvent:
      | {
          /**
           * @description discriminator enum property added by openapi-typescript
           * @enum {string}
           */
          type: 'AVE_GEKOPPELD';
        }
      | components['schemas']['IntakeAveGekoppeldEvent']
      | components['schemas']['DoorbraakAveGekoppeldEvent'];
    /**
     * Traject beëindigen
     * @description Traject beëindigen (workflow transitie18)
     */
    Transitie18BeeindigdEvent: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'BEEINDIGD';
      /** @enum {string} */
      reden:
        | 'verhuisd'
        | 'overleden'
        | 'jeugdhulp_beeindigd_voor_16_5'
        | 'jongere_wil_geen_begeleiding'
        | 'overig';
      toelichting?: string;
    };
    /**
     * Beslissing op bezwaar
     * @description Beslissing op bezwaar (workflow intake)
     */
    IntakeBeslissingOpBezwaarEvent: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'BESLISSING_OP_BEZWAAR';
      /** @enum {string} */
      uitkomst: 'gegrond' | 'deels_gegrond' | 'ongegrond' | 'niet_ontvankelijk';
      /** @enum {string} */
      besluitNaBezwaar?: 'toegekend' | 'deels' | 'afgewezen';
    };
    /**
     * Beslistermijn op bezwaar verdaagd
     * @description Beslistermijn op bezwaar verdaagd (workflow intake)
     */
    IntakeBeslistermijnBezwaarVerdaagdEvent: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'BESLISTERMIJN_BEZWAAR_VERDAAGD';
      reden: string;
    };
    /**
     * Besluit genomen (beschikking)
     * @description Besluit genomen (beschikking) (workflow intake)
     */
    IntakeBesluitGenomenEvent: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'BESLUIT_GENOMEN';
      /** @enum {string} */
      uitkomst: 'toegekend' | 'deels' | 'afgewezen';
      grondslag: string;
      toelichting?: string;
    };
    /**
     * Bezwaar ingediend
     * @description Bezwaar ingediend (workflow intake)
     */
    IntakeBezwaarIngediendEvent: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'BEZWAAR_INGEDIEND';
      adviescommissie: boolean;
    };
    /**
     * Geplaatst in beschermd wonen (wachtlijst af)
     * @description Geplaatst in beschermd wonen (wachtlijst af) (workflow intake)
     */
    IntakeBwGeplaatstEvent: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'BW_GEPLAATST';
      aanbieder: string;
      /** Format: date */
      datum?: string;
    };
    /**
     * Op de wachtlijst beschermd wonen
     * @description Op de wachtlijst beschermd wonen (workflow intake)
     */
    IntakeBwWachtlijstOpgenomenEvent: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'BW_WACHTLIJST_OPGENOMEN';
      /** @enum {string} */
      grond: 'toegekend' | 'voorlopig_noodzakelijk';
      /** @enum {string} */
      overbrugging: 'maatschappelijke_opvang' | '24_uursopvang' | 'thuis';
      aveNiveau?: 1 | 2 | 3 | 4;
      /** Format: date */
      sinds?: string;
    };
    /**
     * Stap van de toegangscascade vastleggen
     * @description Stap van de toegangscascade vastleggen (workflow intake)
     */
    IntakeCascadeStapVastgelegdEvent: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'CASCADE_STAP_VASTGELEGD';
      stap: 1 | 2 | 3 | 4 | 5;
      /** @enum {string} */
      conclusie: 'toereikend' | 'ontoereikend';
      /** @enum {string} */
      voorliggendeWet?: 'Wlz' | 'Zvw' | 'Participatiewet' | 'Wmo' | 'Jeugdwet' | 'overig';
      toelichting?: string;
    };
    /**
     * AVE-afspraken wijzigen
     * @description AVE-afspraken wijzigen (workflow ave)
     */
    AveConfiguratieGewijzigdEvent: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'CONFIGURATIE_GEWIJZIGD';
      config: {
        niveaus?: {
          0?: {
            situatie?: string;
            regierol?: string;
            regierolMetKinderen?: string | null;
            procesregierol?: string | null;
            acceptatietermijn?: {
              amount: number;
              /** @enum {string} */
              unit: 'werkdagen' | 'days' | 'weeks' | 'months' | 'years' | 'hours' | 'minutes' | 'seconds';
            } | null;
            reviewinterval?: {
              amount: number;
              /** @enum {string} */
              unit: 'werkdagen' | 'days' | 'weeks' | 'months' | 'years' | 'hours' | 'minutes' | 'seconds';
            } | null;
          };
          1?: {
            situatie?: string;
            regierol?: string;
            regierolMetKinderen?: string | null;
            procesregierol?: string | null;
            acceptatietermijn?: {
              amount: number;
              /** @enum {string} */
              unit: 'werkdagen' | 'days' | 'weeks' | 'months' | 'years' | 'hours' | 'minutes' | 'seconds';
            } | null;
            reviewinterval?: {
              amount: number;
              /** @enum {string} */
              unit: 'werkdagen' | 'days' | 'weeks' | 'months' | 'years' | 'hours' | 'minutes' | 'seconds';
            } | null;
          };
          2?: {
            situatie?: string;
            regierol?: string;
            regierolMetKinderen?: string | null;
            procesregierol?: string | null;
            acceptatietermijn?: {
              amount: number;
              /** @enum {string} */
              unit: 'werkdagen' | 'days' | 'weeks' | 'months' | 'years' | 'hours' | 'minutes' | 'seconds';
            } | null;
            reviewinterval?: {
              amount: number;
              /** @enum {string} */
              unit: 'werkdagen' | 'days' | 'weeks' | 'months' | 'years' | 'hours' | 'minutes' | 'seconds';
            } | null;
          };
          3?: {
            situatie?: string;
            regierol?: string;
            regierolMetKinderen?: string | null;
            procesregierol?: string | null;
            acceptatietermijn?: {
              amount: number;
              /** @enum {string} */
              unit: 'werkdagen' | 'days' | 'weeks' | 'months' | 'years' | 'hours' | 'minutes' | 'seconds';
            } | null;
            reviewinterval?: {
              amount: number;
              /** @enum {string} */
              unit: 'werkdagen' | 'days' | 'weeks' | 'months' | 'years' | 'hours' | 'minutes' | 'seconds';
            } | null;
          };
          4?: {
            situatie?: string;
            regierol?: string;
            regierolMetKinderen?: string | null;
            procesregierol?: string | null;
            acceptatietermijn?: {
              amount: number;
              /** @enum {string} */
              unit: 'werkdagen' | 'days' | 'weeks' | 'months' | 'years' | 'hours' | 'minutes' | 'seconds';
            } | null;
            reviewinterval?: {
              amount: number;
              /** @enum {string} */
              unit: 'werkdagen' | 'days' | 'weeks' | 'months' | 'years' | 'hours' | 'minutes' | 'seconds';
            } | null;
          };
        };
      };
    };
    /**
     * Aanmelden voor de Doorbraakmethode
     * @description Aanmelden voor de Doorbraakmethode (workflow intake)
     */
    IntakeDoorbraakAangemeldEvent: {
      /** @enum {string} */
      type: 'DOORBRAAK_AANGEMELD';
      vastgelopen: string;
      blokkades: {
        omschrijving: string;
        instantie?: string;
      }[];
      /** Format: date */
      sinds: string;
      waaromGeenStandaard: string;
      regisseur?: string;
      /** Format: uuid */
      huishoudenId?: string;
    };
    /**
     * Aanmelden voor de Doorbraakmethode
     * @description Aanmelden voor de Doorbraakmethode (workflow ave)
     */
    AveDoorbraakAangemeldEvent: {
      /** @enum {string} */
      type: 'DOORBRAAK_AANGEMELD';
      vastgelopen: string;
      blokkades: {
        omschrijving: string;
        instantie?: string;
      }[];
      /** Format: date */
      sinds: string;
      waaromGeenStandaard: string;
      regisseur?: string;
    };
    /** @description DOORBRAAK_AANGEMELD: de gegevens hangen af van de workflow van de casus */
    DoorbraakAangemeldEvent:
      | {
          /**
           * @description discriminator enum property added by openapi-typescript
           * @enum {string}
           */
          type: 'DOORBRAAK_AANGEMELD';
        }
      | components['schemas']['IntakeDoorbraakAangemeldEvent']
      | components['schemas']['AveDoorbraakAangemeldEvent'];
    /**
     * Doorbraak koppelen
     * @description Doorbraak koppelen (workflow intake)
     */
    IntakeDoorbraakGekoppeldEvent: {
      /** @enum {string} */
      type: 'DOORBRAAK_GEKOPPELD';
      /** Format: uuid */
      doorbraakCaseId: string;
    };
    /**
     * Doorbraak koppelen
     * @description Doorbraak koppelen (workflow ave)
     */
    AveDoorbraakGekoppeldEvent: {
      /** @enum {string} */
      type: 'DOORBRAAK_GEKOPPELD';
      /** Format: uuid */
      doorbraakCaseId: string;
    };
    /** @description DOORBRAAK_GEKOPPELD: de gegevens hangen af van de workflow van de casus */
    DoorbraakGekoppeldEvent:
      | {
          /**
           * @description discriminator enum property added by openapi-typescript
           * @enum {string}
           */
          type: 'DOORBRAAK_GEKOPPELD';
        }
      | components['schemas']['IntakeDoorbraakGekoppeldEvent']
      | components['schemas']['AveDoorbraakGekoppeldEvent'];
    /**
     * Evaluatiedatum afgesproken
     * @description Evaluatiedatum afgesproken (workflow intake)
     */
    IntakeEvaluatieAfgesprokenEvent: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'EVALUATIE_AFGESPROKEN';
      /** Format: date */
      datum: string;
    };
    /**
     * Evaluatie gestart
     * @description Evaluatie gestart (workflow intake)
     */
    IntakeEvaluatieGestartEvent: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'EVALUATIE_GESTART';
    };
    /**
     * Evaluatie vastleggen
     * @description Evaluatie vastleggen (workflow doorbraak)
     */
    DoorbraakEvaluatieVastgelegdEvent: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'EVALUATIE_VASTGELEGD';
      maanden: number;
      /** @enum {string} */
      doelBereikt: 'ja' | 'deels' | 'nee';
      zrm: {
        /** @enum {string} */
        domein:
          | 'financien'
          | 'werk_en_opleiding'
          | 'tijdsbesteding'
          | 'huisvesting'
          | 'huiselijke_relaties'
          | 'geestelijke_gezondheid'
          | 'lichamelijke_gezondheid'
          | 'middelengebruik'
          | 'basale_adl'
          | 'instrumentele_adl'
          | 'sociaal_netwerk'
          | 'maatschappelijke_participatie'
          | 'justitie';
        score: number;
      }[];
      besparingen: {
        stap: number;
        gerealiseerdPerJaar: number;
        /** @enum {string} */
        soort: 'situationeel' | 'structureel' | 'incidenteel';
      }[];
      toelichting?: string;
    };
    /**
     * Geen hulp nodig (melding afsluiten)
     * @description Geen hulp nodig (melding afsluiten) (workflow intake)
     */
    IntakeGeenHulpEvent: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'GEEN_HULP';
      reden: string;
    };
    /**
     * Herindicatie afgerond
     * @description Herindicatie afgerond (workflow herindicatie)
     */
    HerindicatieHerindicatieAfgerondEvent: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'HERINDICATIE_AFGEROND';
      /** @enum {string} */
      uitkomst: 'verlengd' | 'gewijzigd' | 'beeindigd';
      /** Format: date */
      nieuweEinddatum?: string;
      toelichting?: string;
    };
    /**
     * Ingetrokken door de inwoner
     * @description Ingetrokken door de inwoner (workflow intake)
     */
    IntakeIngetrokkenEvent: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'INGETROKKEN';
      reden?: string;
    };
    /**
     * Klantreis (intake) koppelen
     * @description Klantreis (intake) koppelen (workflow ave)
     */
    AveIntakeGekoppeldEvent: {
      /** @enum {string} */
      type: 'INTAKE_GEKOPPELD';
      /** Format: uuid */
      intakeCaseId: string;
    };
    /**
     * Klantreis (intake) koppelen
     * @description Klantreis (intake) koppelen (workflow doorbraak)
     */
    DoorbraakIntakeGekoppeldEvent: {
      /** @enum {string} */
      type: 'INTAKE_GEKOPPELD';
      /** Format: uuid */
      intakeCaseId: string;
    };
    /** @description INTAKE_GEKOPPELD: de gegevens hangen af van de workflow van de casus */
    IntakeGekoppeldEvent:
      | {
          /**
           * @description discriminator enum property added by openapi-typescript
           * @enum {string}
           */
          type: 'INTAKE_GEKOPPELD';
        }
      | components['schemas']['AveIntakeGekoppeldEvent']
      | components['schemas']['DoorbraakIntakeGekoppeldEvent'];
    /**
     * Inzet van de voorziening gestart
     * @description Inzet van de voorziening gestart (workflow intake)
     */
    IntakeInzetGestartEvent: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'INZET_GESTART';
      /**
       * @description de wettelijke grondslag om te delen zonder toestemming van de inwoner
       * @enum {string}
       */
      wettelijkeGrondslag?: 'vroegsignalering' | 'veilig_thuis' | 'veiligheid_kind';
      product: string;
      aanbieder: string;
      volume: {
        aantal: number;
        eenheid: string;
      };
      tarief?: {
        centen: number;
        /** @enum {string} */
        eenheid: 'uur' | 'week' | 'etmaal' | 'stuk';
      };
      /** Format: date */
      startdatum: string;
      /** Format: date */
      einddatum: string;
      /** Format: date */
      evaluatieDatum?: string;
    };
    /**
     * Kinderen in het huishouden wijzigen
     * @description Kinderen in het huishouden wijzigen (workflow ave)
     */
    AveKinderenGewijzigdEvent: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'KINDEREN_GEWIJZIGD';
      kinderenInHuishouden: boolean;
      ontvanger?: string;
    };
    /**
     * Nazorg uitgevoerd (controle op een gat in de zorg)
     * @description Nazorg uitgevoerd (controle op een gat in de zorg) (workflow transitie18)
     */
    Transitie18NazorgUitgevoerdEvent: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'NAZORG_UITGEVOERD';
      toelichting?: string;
    };
    /**
     * Onderzoek afronden
     * @description Onderzoek afronden (workflow intake)
     */
    IntakeOnderzoekAfgerondEvent: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'ONDERZOEK_AFGEROND';
      toelichting?: string;
    };
    /**
     * Opschalen
     * @description Opschalen (workflow ave)
     */
    AveOpschalenEvent: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'OPSCHALEN';
      naarNiveau: 1 | 2 | 3 | 4;
      reden: string;
      criteria: (
        | 'veiligheid'
        | 'stagnatie'
        | 'meerdere_domeinen'
        | 'gemeentegrensoverschrijdend'
        | 'specifieke_expertise'
      )[];
      ontvanger?: string;
      procesregisseur?: string;
      /** Format: uuid */
      intakeCaseId?: string;
    };
    /**
     * Persoonlijk plan ontvangen
     * @description Persoonlijk plan ontvangen (workflow intake)
     */
    IntakePersoonlijkPlanOntvangenEvent: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'PERSOONLIJK_PLAN_ONTVANGEN';
    };
    /**
     * Plan afwijzen
     * @description Plan afwijzen (workflow doorbraak)
     */
    DoorbraakPlanAfgewezenEvent: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'PLAN_AFGEWEZEN';
      reden: string;
    };
    /**
     * Plan goedkeuren
     * @description Plan goedkeuren (workflow doorbraak)
     */
    DoorbraakPlanGoedgekeurdEvent: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'PLAN_GOEDGEKEURD';
      toelichting?: string;
    };
    /**
     * Plan ter besluitvorming indienen
     * @description Plan ter besluitvorming indienen (workflow doorbraak)
     */
    DoorbraakPlanIngediendEvent: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'PLAN_INGEDIEND';
      aan?: string;
    };
    /**
     * Perspectiefplan vastleggen
     * @description Perspectiefplan vastleggen (workflow doorbraak)
     */
    DoorbraakPlanVastgelegdEvent: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'PLAN_VASTGELEGD';
      stappen: {
        omschrijving: string;
        grondslag: {
          /** @enum {string} */
          soort: 'wet_artikel' | 'hardheidsclausule' | 'maatwerk';
          wet?: string;
          artikel?: string;
          regeling?: string;
          motivering: string;
        };
        eenmaligeKosten: number;
        jaarlijkseKosten: number;
        verwachteBesparingPerJaar: number;
      }[];
    };
    /**
     * Voorleggen aan een hoger mandaatniveau
     * @description Voorleggen aan een hoger mandaatniveau (workflow doorbraak)
     */
    DoorbraakPlanVoorgelegdEvent: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'PLAN_VOORGELEGD';
      aan?: string;
      toelichting?: string;
    };
    /**
     * Praktische zaken geregeld (zorgverzekering, DigiD, bankrekening, studiefinanciering)
     * @description Praktische zaken geregeld (zorgverzekering, DigiD, bankrekening, studiefinanciering) (workflow transitie18)
     */
    Transitie18PraktischeZakenGeregeldEvent: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'PRAKTISCHE_ZAKEN_GEREGELD';
      zorgverzekering?: boolean;
      digid?: boolean;
      bankrekening?: boolean;
      studiefinanciering?: boolean | 'niet_van_toepassing';
    };
    /**
     * Regie accepteren
     * @description Regie accepteren (workflow ave)
     */
    AveRegieGeaccepteerdEvent: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'REGIE_GEACCEPTEERD';
    };
    /**
     * Regie overdragen
     * @description Regie overdragen (workflow intake)
     */
    IntakeRegieOvergedragenEvent: {
      /** @enum {string} */
      type: 'REGIE_OVERGEDRAGEN';
      holder: string;
      role: string;
    };
    /**
     * Regie overdragen (teamleider)
     * @description Regie overdragen (teamleider) (workflow ave)
     */
    AveRegieOvergedragenEvent: {
      /** @enum {string} */
      type: 'REGIE_OVERGEDRAGEN';
      holder: string;
      procesregisseur?: string;
    };
    /**
     * Jongerencoach wisselen
     * @description Jongerencoach wisselen (workflow transitie18)
     */
    Transitie18RegieOvergedragenEvent: {
      /** @enum {string} */
      type: 'REGIE_OVERGEDRAGEN';
      holder: string;
    };
    /**
     * Eigenaar wisselen
     * @description Eigenaar wisselen (workflow herindicatie)
     */
    HerindicatieRegieOvergedragenEvent: {
      /** @enum {string} */
      type: 'REGIE_OVERGEDRAGEN';
      holder: string;
    };
    /**
     * Regie overdragen (teamleider)
     * @description Regie overdragen (teamleider) (workflow doorbraak)
     */
    DoorbraakRegieOvergedragenEvent: {
      /** @enum {string} */
      type: 'REGIE_OVERGEDRAGEN';
      holder: string;
    };
    /** @description REGIE_OVERGEDRAGEN: de gegevens hangen af van de workflow van de casus */
    RegieOvergedragenEvent:
      | {
          /**
           * @description discriminator enum property added by openapi-typescript
           * @enum {string}
           */
          type: 'REGIE_OVERGEDRAGEN';
        }
      | components['schemas']['IntakeRegieOvergedragenEvent']
      | components['schemas']['AveRegieOvergedragenEvent']
      | components['schemas']['Transitie18RegieOvergedragenEvent']
      | components['schemas']['HerindicatieRegieOvergedragenEvent']
      | components['schemas']['DoorbraakRegieOvergedragenEvent'];
    /**
     * Periodieke review vastleggen
     * @description Periodieke review vastleggen (workflow ave)
     */
    AveReviewUitgevoerdEvent: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'REVIEW_UITGEVOERD';
      /** @enum {string} */
      besluit: 'handhaven' | 'opschalen' | 'afschalen';
      toelichting: string;
    };
    /**
     * Opgeschorte termijn hervatten
     * @description Opgeschorte termijn hervatten (elke workflow)
     */
    TermijnHervattenEvent: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'TERMIJN_HERVATTEN';
      key: string;
      reden?: string;
    };
    /**
     * Termijn opschorten
     * @description Termijn opschorten (elke workflow)
     */
    TermijnOpschortenEvent: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'TERMIJN_OPSCHORTEN';
      key: string;
      reden: string;
    };
    /**
     * Termijn verlengen
     * @description Termijn verlengen (elke workflow)
     */
    TermijnVerlengenEvent: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'TERMIJN_VERLENGEN';
      key: string;
      reden: string;
      met: {
        amount: number;
        /** @enum {string} */
        unit: 'days' | 'weeks';
      };
    };
    /**
     * Toekomstplan afgesproken
     * @description Toekomstplan afgesproken (workflow transitie18)
     */
    Transitie18ToekomstplanAfgesprokenEvent: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'TOEKOMSTPLAN_AFGESPROKEN';
      domeinen: {
        /** @enum {string} */
        domein:
          | 'wmo_begeleiding'
          | 'beschermd_wonen'
          | 'zvw_ggz'
          | 'wlz'
          | 'inkomen'
          | 'onderwijs_werk'
          | 'wonen'
          | 'verlengde_jeugdhulp';
        route?: string;
        /** @enum {string} */
        status: 'nodig' | 'aangevraagd' | 'toegekend' | 'actief' | 'niet_nodig';
      }[];
      toelichting?: string;
    };
    /**
     * Toekomstplan gestart
     * @description Toekomstplan gestart (workflow transitie18)
     */
    Transitie18ToekomstplanGestartEvent: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'TOEKOMSTPLAN_GESTART';
      toelichting?: string;
    };
    /**
     * Triage afronden
     * @description Triage afronden (workflow intake)
     */
    IntakeTriageAfgerondEvent: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'TRIAGE_AFGEROND';
      /** @enum {string} */
      urgentie: 'regulier' | 'spoed';
      veiligheidsrisico: boolean;
      meervoudigeProblematiek?: boolean;
      regisseur?: string;
      toelichting?: string;
      ave?: {
        niveau: 1 | 2 | 3 | 4;
        kinderenInHuishouden: boolean;
        /** Format: uuid */
        huishoudenId?: string;
        reden: string;
        criteria: (
          | 'veiligheid'
          | 'stagnatie'
          | 'meerdere_domeinen'
          | 'gemeentegrensoverschrijdend'
          | 'specifieke_expertise'
        )[];
      };
    };
    /**
     * Triage starten
     * @description Triage starten (workflow intake)
     */
    IntakeTriageGestartEvent: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'TRIAGE_GESTART';
    };
    /**
     * Uitvoering afronden
     * @description Uitvoering afronden (workflow doorbraak)
     */
    DoorbraakUitvoeringAfgerondEvent: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'UITVOERING_AFGEROND';
    };
    /**
     * Verlengde jeugdhulp besloten
     * @description Verlengde jeugdhulp besloten (workflow transitie18)
     */
    Transitie18VerlengdeJeugdhulpBeslotenEvent: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'VERLENGDE_JEUGDHULP_BESLOTEN';
      /** @enum {string} */
      grond: 'zorg_voor_18_gestart_en_nodig' | 'besloten_voor_18' | 'hervat_binnen_half_jaar';
      /** Format: date */
      einddatum: string;
      /** Format: date */
      besluitdatum?: string;
      /** Format: date */
      hervatdatum?: string;
      /** Format: uuid */
      voorzieningId?: string;
      toelichting?: string;
    };
    /**
     * Verslag gedeeld met de inwoner
     * @description Verslag gedeeld met de inwoner (workflow intake)
     */
    IntakeVerslagGedeeldEvent: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'VERSLAG_GEDEELD';
    };
    /**
     * Verslag niet gedeeld met de inwoner (met reden)
     * @description Verslag niet gedeeld met de inwoner (met reden) (workflow intake)
     */
    IntakeVerslagNietGedeeldEvent: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'VERSLAG_NIET_GEDEELD';
      reden: string;
    };
    /**
     * Herindicatie vervalt (voorziening beëindigd)
     * @description Herindicatie vervalt (voorziening beëindigd) (workflow herindicatie)
     */
    HerindicatieVervallenEvent: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'VERVALLEN';
      reden: string;
    };
    /**
     * Vervolgroute bijwerken
     * @description Vervolgroute bijwerken (workflow transitie18)
     */
    Transitie18VervolgrouteBijgewerktEvent: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'VERVOLGROUTE_BIJGEWERKT';
      /** @enum {string} */
      domein:
        | 'wmo_begeleiding'
        | 'beschermd_wonen'
        | 'zvw_ggz'
        | 'wlz'
        | 'inkomen'
        | 'onderwijs_werk'
        | 'wonen'
        | 'verlengde_jeugdhulp';
      /** @enum {string} */
      status: 'nodig' | 'aangevraagd' | 'toegekend' | 'actief' | 'niet_nodig';
      route?: string;
      /** Format: uuid */
      voorzieningId?: string;
      aanbiederGecontracteerd?: boolean;
      toelichting?: string;
    };
    /**
     * Verwezen (melding afsluiten)
     * @description Verwezen (melding afsluiten) (workflow intake)
     */
    IntakeVerwezenEvent: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'VERWEZEN';
      /**
       * @description de wettelijke grondslag om te delen zonder toestemming van de inwoner
       * @enum {string}
       */
      wettelijkeGrondslag?: 'vroegsignalering' | 'veilig_thuis' | 'veiligheid_kind';
      /** @enum {string} */
      soort: 'netwerk' | 'algemene_voorziening' | 'voorliggende_voorziening';
      voorziening: string;
    };
    /**
     * Voorschot verleend (Participatiewet)
     * @description Voorschot verleend (Participatiewet) (workflow intake)
     */
    IntakeVoorschotVerleendEvent: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'VOORSCHOT_VERLEEND';
    };
    /**
     * Warme overdracht ggz gepland
     * @description Warme overdracht ggz gepland (workflow transitie18)
     */
    Transitie18WarmeOverdrachtGeplandEvent: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'WARME_OVERDRACHT_GEPLAND';
      plan: string;
      nieuweAanbieder?: string;
      /** Format: date */
      overdrachtsdatum?: string;
    };
    /**
     * Beschikking toegang schuldhulpverlening
     * @description Beschikking toegang schuldhulpverlening (workflow intake)
     */
    IntakeWgsBeschikkingEvent: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'WGS_BESCHIKKING';
      /** @enum {string} */
      toegang: 'toegelaten' | 'afgewezen';
      grondslag?: string;
    };
    /**
     * Eerste gesprek schuldhulpverlening gevoerd
     * @description Eerste gesprek schuldhulpverlening gevoerd (workflow intake)
     */
    IntakeWgsEersteGesprekEvent: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'WGS_EERSTE_GESPREK';
    };
    /**
     * Hulpvraag schuldhulpverlening (Wgs) vastleggen
     * @description Hulpvraag schuldhulpverlening (Wgs) vastleggen (workflow intake)
     */
    IntakeWgsHulpvraagEvent: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'WGS_HULPVRAAG';
      crisis?: boolean;
    };
    /** @description Een event voor de casus: `type` en de gegevens die dat event van de workflow van de casus vraagt. Welke events nu mogelijk zijn staat in allowedEvents van de casus. */
    CaseEvent: {
      /**
       * @description het soort event
       * @enum {string}
       */
      type:
        | 'AANVRAAG_INGEDIEND'
        | 'AANVRAGEN_INGEDIEND'
        | 'ACTIE_AFGEROND'
        | 'ACTIE_GEANNULEERD'
        | 'ACTIE_TOEGEVOEGD'
        | 'AFGESLOTEN'
        | 'AFSCHALEN'
        | 'ALGEMENE_VOORZIENING_VERWEZEN'
        | 'ANALYSE_AFGEROND'
        | 'ANALYSE_GESTART'
        | 'ANALYSE_VASTGELEGD'
        | 'AVE_GEKOPPELD'
        | 'BEEINDIGD'
        | 'BESLISSING_OP_BEZWAAR'
        | 'BESLISTERMIJN_BEZWAAR_VERDAAGD'
        | 'BESLUIT_GENOMEN'
        | 'BEZWAAR_INGEDIEND'
        | 'BW_GEPLAATST'
        | 'BW_WACHTLIJST_OPGENOMEN'
        | 'CASCADE_STAP_VASTGELEGD'
        | 'CONFIGURATIE_GEWIJZIGD'
        | 'DOORBRAAK_AANGEMELD'
        | 'DOORBRAAK_GEKOPPELD'
        | 'EVALUATIE_AFGESPROKEN'
        | 'EVALUATIE_GESTART'
        | 'EVALUATIE_VASTGELEGD'
        | 'GEEN_HULP'
        | 'HERINDICATIE_AFGEROND'
        | 'INGETROKKEN'
        | 'INTAKE_GEKOPPELD'
        | 'INZET_GESTART'
        | 'KINDEREN_GEWIJZIGD'
        | 'NAZORG_UITGEVOERD'
        | 'ONDERZOEK_AFGEROND'
        | 'OPSCHALEN'
        | 'PERSOONLIJK_PLAN_ONTVANGEN'
        | 'PLAN_AFGEWEZEN'
        | 'PLAN_GOEDGEKEURD'
        | 'PLAN_INGEDIEND'
        | 'PLAN_VASTGELEGD'
        | 'PLAN_VOORGELEGD'
        | 'PRAKTISCHE_ZAKEN_GEREGELD'
        | 'REGIE_GEACCEPTEERD'
        | 'REGIE_OVERGEDRAGEN'
        | 'REVIEW_UITGEVOERD'
        | 'TERMIJN_HERVATTEN'
        | 'TERMIJN_OPSCHORTEN'
        | 'TERMIJN_VERLENGEN'
        | 'TOEKOMSTPLAN_AFGESPROKEN'
        | 'TOEKOMSTPLAN_GESTART'
        | 'TRIAGE_AFGEROND'
        | 'TRIAGE_GESTART'
        | 'UITVOERING_AFGEROND'
        | 'VERLENGDE_JEUGDHULP_BESLOTEN'
        | 'VERSLAG_GEDEELD'
        | 'VERSLAG_NIET_GEDEELD'
        | 'VERVALLEN'
        | 'VERVOLGROUTE_BIJGEWERKT'
        | 'VERWEZEN'
        | 'VOORSCHOT_VERLEEND'
        | 'WARME_OVERDRACHT_GEPLAND'
        | 'WGS_BESCHIKKING'
        | 'WGS_EERSTE_GESPREK'
        | 'WGS_HULPVRAAG';
    } & (
      | components['schemas']['IntakeAanvraagIngediendEvent']
      | components['schemas']['Transitie18AanvragenIngediendEvent']
      | components['schemas']['DoorbraakActieAfgerondEvent']
      | components['schemas']['DoorbraakActieGeannuleerdEvent']
      | components['schemas']['DoorbraakActieToegevoegdEvent']
      | components['schemas']['AfgeslotenEvent']
      | components['schemas']['AveAfschalenEvent']
      | components['schemas']['IntakeAlgemeneVoorzieningVerwezenEvent']
      | components['schemas']['DoorbraakAnalyseAfgerondEvent']
      | components['schemas']['DoorbraakAnalyseGestartEvent']
      | components['schemas']['DoorbraakAnalyseVastgelegdEvent']
      | components['schemas']['AveGekoppeldEvent']
      | components['schemas']['Transitie18BeeindigdEvent']
      | components['schemas']['IntakeBeslissingOpBezwaarEvent']
      | components['schemas']['IntakeBeslistermijnBezwaarVerdaagdEvent']
      | components['schemas']['IntakeBesluitGenomenEvent']
      | components['schemas']['IntakeBezwaarIngediendEvent']
      | components['schemas']['IntakeBwGeplaatstEvent']
      | components['schemas']['IntakeBwWachtlijstOpgenomenEvent']
      | components['schemas']['IntakeCascadeStapVastgelegdEvent']
      | components['schemas']['AveConfiguratieGewijzigdEvent']
      | components['schemas']['DoorbraakAangemeldEvent']
      | components['schemas']['DoorbraakGekoppeldEvent']
      | components['schemas']['IntakeEvaluatieAfgesprokenEvent']
      | components['schemas']['IntakeEvaluatieGestartEvent']
      | components['schemas']['DoorbraakEvaluatieVastgelegdEvent']
      | components['schemas']['IntakeGeenHulpEvent']
      | components['schemas']['HerindicatieHerindicatieAfgerondEvent']
      | components['schemas']['IntakeIngetrokkenEvent']
      | components['schemas']['IntakeGekoppeldEvent']
      | components['schemas']['IntakeInzetGestartEvent']
      | components['schemas']['AveKinderenGewijzigdEvent']
      | components['schemas']['Transitie18NazorgUitgevoerdEvent']
      | components['schemas']['IntakeOnderzoekAfgerondEvent']
      | components['schemas']['AveOpschalenEvent']
      | components['schemas']['IntakePersoonlijkPlanOntvangenEvent']
      | components['schemas']['DoorbraakPlanAfgewezenEvent']
      | components['schemas']['DoorbraakPlanGoedgekeurdEvent']
      | components['schemas']['DoorbraakPlanIngediendEvent']
      | components['schemas']['DoorbraakPlanVastgelegdEvent']
      | components['schemas']['DoorbraakPlanVoorgelegdEvent']
      | components['schemas']['Transitie18PraktischeZakenGeregeldEvent']
      | components['schemas']['AveRegieGeaccepteerdEvent']
      | components['schemas']['RegieOvergedragenEvent']
      | components['schemas']['AveReviewUitgevoerdEvent']
      | components['schemas']['TermijnHervattenEvent']
      | components['schemas']['TermijnOpschortenEvent']
      | components['schemas']['TermijnVerlengenEvent']
      | components['schemas']['Transitie18ToekomstplanAfgesprokenEvent']
      | components['schemas']['Transitie18ToekomstplanGestartEvent']
      | components['schemas']['IntakeTriageAfgerondEvent']
      | components['schemas']['IntakeTriageGestartEvent']
      | components['schemas']['DoorbraakUitvoeringAfgerondEvent']
      | components['schemas']['Transitie18VerlengdeJeugdhulpBeslotenEvent']
      | components['schemas']['IntakeVerslagGedeeldEvent']
      | components['schemas']['IntakeVerslagNietGedeeldEvent']
      | components['schemas']['HerindicatieVervallenEvent']
      | components['schemas']['Transitie18VervolgrouteBijgewerktEvent']
      | components['schemas']['IntakeVerwezenEvent']
      | components['schemas']['IntakeVoorschotVerleendEvent']
      | components['schemas']['Transitie18WarmeOverdrachtGeplandEvent']
      | components['schemas']['IntakeWgsBeschikkingEvent']
      | components['schemas']['IntakeWgsEersteGesprekEvent']
      | components['schemas']['IntakeWgsHulpvraagEvent']
    );
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  AuthController_devToken: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DevTokenRequest'];
      };
    };
    responses: {
      /** @description Een token voor deze gebruiker (alleen in dev- en testmodus) */
      200: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DevToken'];
        };
      };
      /** @description Ongeldig verzoek: de body, query of een header voldoet niet (invalidParams noemt elk veld) */
      400: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Geen toegang: de rol of het team van de gebruiker staat dit niet toe */
      403: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description De body is te groot */
      413: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description De body is geen JSON */
      415: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Te veel verzoeken; probeer het later opnieuw */
      429: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Er ging iets mis aan de kant van de server */
      500: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description De database is even niet bereikbaar; probeer het na Retry-After seconden opnieuw */
      503: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  SubjectsController_findByBsn: {
    parameters: {
      query?: {
        bsn?: string;
        naam?: string;
        geboortedatum?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description De inwoners en huishoudens die aan alle criteria voldoen */
      200: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SubjectList'];
        };
      };
      /** @description Ongeldig verzoek: de body, query of een header voldoet niet (invalidParams noemt elk veld) */
      400: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd: geen of een ongeldig token */
      401: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Geen toegang: de rol of het team van de gebruiker staat dit niet toe */
      403: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Te veel verzoeken; probeer het later opnieuw */
      429: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Er ging iets mis aan de kant van de server */
      500: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description De database is even niet bereikbaar; probeer het na Retry-After seconden opnieuw */
      503: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  SubjectsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SubjectRequest'];
      };
    };
    responses: {
      /** @description De vastgelegde inwoner of het huishouden */
      201: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Subject'];
        };
      };
      /** @description Ongeldig verzoek: de body, query of een header voldoet niet (invalidParams noemt elk veld) */
      400: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd: geen of een ongeldig token */
      401: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Geen toegang: de rol of het team van de gebruiker staat dit niet toe */
      403: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet gevonden (of niet zichtbaar voor deze gemeente) */
      404: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description De body is te groot */
      413: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description De body is geen JSON */
      415: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Te veel verzoeken; probeer het later opnieuw */
      429: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Er ging iets mis aan de kant van de server */
      500: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description De database is even niet bereikbaar; probeer het na Retry-After seconden opnieuw */
      503: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  SubjectsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Subject'];
        };
      };
      /** @description Ongeldig verzoek: de body, query of een header voldoet niet (invalidParams noemt elk veld) */
      400: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd: geen of een ongeldig token */
      401: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Geen toegang: de rol of het team van de gebruiker staat dit niet toe */
      403: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet gevonden (of niet zichtbaar voor deze gemeente) */
      404: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Te veel verzoeken; probeer het later opnieuw */
      429: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Er ging iets mis aan de kant van de server */
      500: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description De database is even niet bereikbaar; probeer het na Retry-After seconden opnieuw */
      503: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  SubjectsController_huishoudens: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description De huishoudens waartoe de inwoner hoort, het oudste eerst */
      200: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SubjectList'];
        };
      };
      /** @description Ongeldig verzoek: de body, query of een header voldoet niet (invalidParams noemt elk veld) */
      400: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd: geen of een ongeldig token */
      401: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Geen toegang: de rol of het team van de gebruiker staat dit niet toe */
      403: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet gevonden (of niet zichtbaar voor deze gemeente) */
      404: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Te veel verzoeken; probeer het later opnieuw */
      429: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Er ging iets mis aan de kant van de server */
      500: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description De database is even niet bereikbaar; probeer het na Retry-After seconden opnieuw */
      503: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  SubjectsController_consents: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description De toestemmingen, de oudste eerst, ook de ingetrokken */
      200: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ConsentList'];
        };
      };
      /** @description Ongeldig verzoek: de body, query of een header voldoet niet (invalidParams noemt elk veld) */
      400: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd: geen of een ongeldig token */
      401: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Geen toegang: de rol of het team van de gebruiker staat dit niet toe */
      403: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet gevonden (of niet zichtbaar voor deze gemeente) */
      404: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Te veel verzoeken; probeer het later opnieuw */
      429: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Er ging iets mis aan de kant van de server */
      500: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description De database is even niet bereikbaar; probeer het na Retry-After seconden opnieuw */
      503: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  SubjectsController_addConsent: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ConsentRequest'];
      };
    };
    responses: {
      /** @description De vastgelegde toestemming */
      201: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Consent'];
        };
      };
      /** @description Ongeldig verzoek: de body, query of een header voldoet niet (invalidParams noemt elk veld) */
      400: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd: geen of een ongeldig token */
      401: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Geen toegang: de rol of het team van de gebruiker staat dit niet toe */
      403: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet gevonden (of niet zichtbaar voor deze gemeente) */
      404: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description De body is te groot */
      413: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description De body is geen JSON */
      415: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Te veel verzoeken; probeer het later opnieuw */
      429: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Er ging iets mis aan de kant van de server */
      500: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description De database is even niet bereikbaar; probeer het na Retry-After seconden opnieuw */
      503: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  SubjectsController_withdraw: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        consentId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ConsentWithdrawalRequest'];
      };
    };
    responses: {
      /** @description De ingetrokken toestemming */
      200: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WithdrawnConsent'];
        };
      };
      /** @description Ongeldig verzoek: de body, query of een header voldoet niet (invalidParams noemt elk veld) */
      400: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd: geen of een ongeldig token */
      401: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Geen toegang: de rol of het team van de gebruiker staat dit niet toe */
      403: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet gevonden (of niet zichtbaar voor deze gemeente) */
      404: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description De body is te groot */
      413: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description De body is geen JSON */
      415: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Te veel verzoeken; probeer het later opnieuw */
      429: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Er ging iets mis aan de kant van de server */
      500: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description De database is even niet bereikbaar; probeer het na Retry-After seconden opnieuw */
      503: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  CasesController_list: {
    parameters: {
      query?: {
        workflow?: string;
        state?: string;
        aveLevel?: number;
        regie?: string;
        assignee?: string;
        overdue?: 'true' | 'false';
        subjectId?: string;
        limit?: number;
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Een pagina casussen, de nieuwste eerst */
      200: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseList'];
        };
      };
      /** @description Ongeldig verzoek: de body, query of een header voldoet niet (invalidParams noemt elk veld) */
      400: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd: geen of een ongeldig token */
      401: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Geen toegang: de rol of het team van de gebruiker staat dit niet toe */
      403: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Te veel verzoeken; probeer het later opnieuw */
      429: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Er ging iets mis aan de kant van de server */
      500: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description De database is even niet bereikbaar; probeer het na Retry-After seconden opnieuw */
      503: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  CasesController_start: {
    parameters: {
      query?: never;
      header?: {
        /** @description een herhaalde start met dezelfde sleutel geeft dezelfde casus terug */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['StartCaseRequest'];
      };
    };
    responses: {
      /** @description De gestarte casus */
      201: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseView'];
        };
      };
      /** @description Ongeldig verzoek: de body, query of een header voldoet niet (invalidParams noemt elk veld) */
      400: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd: geen of een ongeldig token */
      401: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Geen toegang: de rol of het team van de gebruiker staat dit niet toe */
      403: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet gevonden (of niet zichtbaar voor deze gemeente) */
      404: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: de casus veranderde intussen (If-Match), of de Idempotency-Key hoort bij een ander verzoek */
      409: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description De body is te groot */
      413: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description De body is geen JSON */
      415: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet verwerkbaar: het event of de start is nu niet mogelijk (allowedEvents zegt wat wel kan), of toestemming ontbreekt */
      422: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Te veel verzoeken; probeer het later opnieuw */
      429: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Er ging iets mis aan de kant van de server */
      500: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description De database is even niet bereikbaar; probeer het na Retry-After seconden opnieuw */
      503: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  CasesController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseView'];
        };
      };
      /** @description Ongeldig verzoek: de body, query of een header voldoet niet (invalidParams noemt elk veld) */
      400: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd: geen of een ongeldig token */
      401: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Geen toegang: de rol of het team van de gebruiker staat dit niet toe */
      403: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet gevonden (of niet zichtbaar voor deze gemeente) */
      404: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Te veel verzoeken; probeer het later opnieuw */
      429: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Er ging iets mis aan de kant van de server */
      500: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description De database is even niet bereikbaar; probeer het na Retry-After seconden opnieuw */
      503: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  CasesController_dispatch: {
    parameters: {
      query?: never;
      header: {
        /** @description een herhaald event met dezelfde sleutel wordt één keer verwerkt */
        'Idempotency-Key': string;
        /** @description de versie van de casus die de client zag, bijvoorbeeld "3"; anders 409 */
        'If-Match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CaseEvent'];
      };
    };
    responses: {
      /** @description De casus na het event; heeft het event iets aangemaakt (een actie), dan noemt aangemaakt het */
      200: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseView'];
        };
      };
      /** @description Ongeldig verzoek: de body, query of een header voldoet niet (invalidParams noemt elk veld) */
      400: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd: geen of een ongeldig token */
      401: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Geen toegang: de rol of het team van de gebruiker staat dit niet toe */
      403: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet gevonden (of niet zichtbaar voor deze gemeente) */
      404: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: de casus veranderde intussen (If-Match), of de Idempotency-Key hoort bij een ander verzoek */
      409: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description De body is te groot */
      413: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description De body is geen JSON */
      415: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet verwerkbaar: het event of de start is nu niet mogelijk (allowedEvents zegt wat wel kan), of toestemming ontbreekt */
      422: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Te veel verzoeken; probeer het later opnieuw */
      429: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Er ging iets mis aan de kant van de server */
      500: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description De database is even niet bereikbaar; probeer het na Retry-After seconden opnieuw */
      503: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  CasesController_history: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description De geschiedenis van de casus, in volgorde */
      200: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseHistory'];
        };
      };
      /** @description Ongeldig verzoek: de body, query of een header voldoet niet (invalidParams noemt elk veld) */
      400: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd: geen of een ongeldig token */
      401: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Geen toegang: de rol of het team van de gebruiker staat dit niet toe */
      403: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet gevonden (of niet zichtbaar voor deze gemeente) */
      404: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Te veel verzoeken; probeer het later opnieuw */
      429: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Er ging iets mis aan de kant van de server */
      500: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description De database is even niet bereikbaar; probeer het na Retry-After seconden opnieuw */
      503: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  CasesController_auditTrail: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Het auditlog van de casus, het oudste eerst */
      200: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditTrail'];
        };
      };
      /** @description Ongeldig verzoek: de body, query of een header voldoet niet (invalidParams noemt elk veld) */
      400: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd: geen of een ongeldig token */
      401: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Geen toegang: de rol of het team van de gebruiker staat dit niet toe */
      403: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet gevonden (of niet zichtbaar voor deze gemeente) */
      404: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Te veel verzoeken; probeer het later opnieuw */
      429: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Er ging iets mis aan de kant van de server */
      500: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description De database is even niet bereikbaar; probeer het na Retry-After seconden opnieuw */
      503: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  DeadlinesController_deadlines: {
    parameters: {
      query?: {
        status?: 'pending' | 'overdue' | 'met' | 'missed' | 'cancelled';
        dueBefore?: string;
        assignee?: string;
        caseId?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description De termijnen, op vervaldatum */
      200: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeadlineList'];
        };
      };
      /** @description Ongeldig verzoek: de body, query of een header voldoet niet (invalidParams noemt elk veld) */
      400: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd: geen of een ongeldig token */
      401: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Geen toegang: de rol of het team van de gebruiker staat dit niet toe */
      403: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Te veel verzoeken; probeer het later opnieuw */
      429: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Er ging iets mis aan de kant van de server */
      500: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description De database is even niet bereikbaar; probeer het na Retry-After seconden opnieuw */
      503: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  DeadlinesController_notifications: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description De laatste 200 berichten, de nieuwste eerst, en hoeveel berichten er ongelezen zijn */
      200: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NotificationList'];
        };
      };
      /** @description Niet ingelogd: geen of een ongeldig token */
      401: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Te veel verzoeken; probeer het later opnieuw */
      429: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Er ging iets mis aan de kant van de server */
      500: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description De database is even niet bereikbaar; probeer het na Retry-After seconden opnieuw */
      503: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  DeadlinesController_markAllRead: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Hoeveel berichten nu gelezen zijn die dat niet waren */
      200: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NotificationsRead'];
        };
      };
      /** @description Ongeldig verzoek: de body, query of een header voldoet niet (invalidParams noemt elk veld) */
      400: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd: geen of een ongeldig token */
      401: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Te veel verzoeken; probeer het later opnieuw */
      429: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Er ging iets mis aan de kant van de server */
      500: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description De database is even niet bereikbaar; probeer het na Retry-After seconden opnieuw */
      503: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  DeadlinesController_markRead: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Het bericht, gelezen */
      200: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Notification'];
        };
      };
      /** @description Ongeldig verzoek: de body, query of een header voldoet niet (invalidParams noemt elk veld) */
      400: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd: geen of een ongeldig token */
      401: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet gevonden (of niet zichtbaar voor deze gemeente) */
      404: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Te veel verzoeken; probeer het later opnieuw */
      429: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Er ging iets mis aan de kant van de server */
      500: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description De database is even niet bereikbaar; probeer het na Retry-After seconden opnieuw */
      503: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  DeadlinesController_markUnread: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Het bericht, weer ongelezen */
      200: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Notification'];
        };
      };
      /** @description Ongeldig verzoek: de body, query of een header voldoet niet (invalidParams noemt elk veld) */
      400: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd: geen of een ongeldig token */
      401: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet gevonden (of niet zichtbaar voor deze gemeente) */
      404: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Te veel verzoeken; probeer het later opnieuw */
      429: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Er ging iets mis aan de kant van de server */
      500: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description De database is even niet bereikbaar; probeer het na Retry-After seconden opnieuw */
      503: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  VoorzieningenController_list: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description De voorzieningen, de nieuwste eerst */
      200: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VoorzieningList'];
        };
      };
      /** @description Ongeldig verzoek: de body, query of een header voldoet niet (invalidParams noemt elk veld) */
      400: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd: geen of een ongeldig token */
      401: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Geen toegang: de rol of het team van de gebruiker staat dit niet toe */
      403: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet gevonden (of niet zichtbaar voor deze gemeente) */
      404: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Te veel verzoeken; probeer het later opnieuw */
      429: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Er ging iets mis aan de kant van de server */
      500: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description De database is even niet bereikbaar; probeer het na Retry-After seconden opnieuw */
      503: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  VoorzieningenController_worklist: {
    parameters: {
      query?: {
        dueBefore?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Wat de gebruiker moet doen, op vervaldatum */
      200: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Worklist'];
        };
      };
      /** @description Ongeldig verzoek: de body, query of een header voldoet niet (invalidParams noemt elk veld) */
      400: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd: geen of een ongeldig token */
      401: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Geen toegang: de rol of het team van de gebruiker staat dit niet toe */
      403: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Te veel verzoeken; probeer het later opnieuw */
      429: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Er ging iets mis aan de kant van de server */
      500: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description De database is even niet bereikbaar; probeer het na Retry-After seconden opnieuw */
      503: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  VoorzieningenController_bwWachtlijst: {
    parameters: {
      query?: {
        peildatum?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Wie wacht op beschermd wonen, de langst wachtende eerst */
      200: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BwWachtlijst'];
        };
      };
      /** @description Ongeldig verzoek: de body, query of een header voldoet niet (invalidParams noemt elk veld) */
      400: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd: geen of een ongeldig token */
      401: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Geen toegang: de rol of het team van de gebruiker staat dit niet toe */
      403: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Te veel verzoeken; probeer het later opnieuw */
      429: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Er ging iets mis aan de kant van de server */
      500: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description De database is even niet bereikbaar; probeer het na Retry-After seconden opnieuw */
      503: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  IndicatorenController_indicators: {
    parameters: {
      query: {
        from: string;
        to: string;
        keys?: string;
        weergave?: 'volledig';
        format?: 'json' | 'csv';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Het rapport van de indicatoren, per indicator (en per cel van een uitsplitsing of reeks) waarde, weergave en onderdrukt naast elkaar; kleine aantallen onderdrukt (waarde null, weergave "< 5"); als CSV (puntkomma, Nederlandse getallen) met Accept: text/csv of format=csv */
      200: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IndicatorRapport'];
          'text/csv': string;
        };
      };
      /** @description Ongeldig verzoek: de body, query of een header voldoet niet (invalidParams noemt elk veld) */
      400: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd: geen of een ongeldig token */
      401: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Geen toegang: de rol of het team van de gebruiker staat dit niet toe */
      403: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Te veel verzoeken; probeer het later opnieuw */
      429: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Er ging iets mis aan de kant van de server */
      500: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description De database is even niet bereikbaar; probeer het na Retry-After seconden opnieuw */
      503: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  MonitorController_periode: {
    parameters: {
      query: {
        from: string;
        to: string;
        format?: 'html' | 'pdf';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description De monitor: een HTML-pagina, of met format=pdf een PDF */
      200: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
          'application/pdf': string;
        };
      };
      /** @description Ongeldig verzoek: de body, query of een header voldoet niet (invalidParams noemt elk veld) */
      400: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd: geen of een ongeldig token */
      401: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Geen toegang: de rol of het team van de gebruiker staat dit niet toe */
      403: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Te veel verzoeken; probeer het later opnieuw */
      429: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Er ging iets mis aan de kant van de server */
      500: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description De database is even niet bereikbaar; probeer het na Retry-After seconden opnieuw */
      503: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  MonitorController_lijst: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description De maandmonitors van de gemeente, de nieuwste maand eerst */
      200: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MaandmonitorList'];
        };
      };
      /** @description Niet ingelogd: geen of een ongeldig token */
      401: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Geen toegang: de rol of het team van de gebruiker staat dit niet toe */
      403: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Te veel verzoeken; probeer het later opnieuw */
      429: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Er ging iets mis aan de kant van de server */
      500: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description De database is even niet bereikbaar; probeer het na Retry-After seconden opnieuw */
      503: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  MonitorController_opgeslagen: {
    parameters: {
      query?: {
        format?: 'html' | 'pdf';
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description De monitor: een HTML-pagina, of met format=pdf een PDF */
      200: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
          'application/pdf': string;
        };
      };
      /** @description Ongeldig verzoek: de body, query of een header voldoet niet (invalidParams noemt elk veld) */
      400: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd: geen of een ongeldig token */
      401: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Geen toegang: de rol of het team van de gebruiker staat dit niet toe */
      403: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet gevonden (of niet zichtbaar voor deze gemeente) */
      404: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Te veel verzoeken; probeer het later opnieuw */
      429: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Er ging iets mis aan de kant van de server */
      500: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description De database is even niet bereikbaar; probeer het na Retry-After seconden opnieuw */
      503: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  SysteemsignalenController_list: {
    parameters: {
      query?: {
        status?: 'ontvangen' | 'in_behandeling' | 'afgehandeld';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description De systeemsignalen, het nieuwste eerst */
      200: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SysteemsignaalList'];
        };
      };
      /** @description Ongeldig verzoek: de body, query of een header voldoet niet (invalidParams noemt elk veld) */
      400: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd: geen of een ongeldig token */
      401: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Geen toegang: de rol of het team van de gebruiker staat dit niet toe */
      403: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Te veel verzoeken; probeer het later opnieuw */
      429: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Er ging iets mis aan de kant van de server */
      500: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description De database is even niet bereikbaar; probeer het na Retry-After seconden opnieuw */
      503: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  SysteemsignalenController_detail: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Het signaal met elke wijziging */
      200: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SysteemsignaalDetail'];
        };
      };
      /** @description Ongeldig verzoek: de body, query of een header voldoet niet (invalidParams noemt elk veld) */
      400: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd: geen of een ongeldig token */
      401: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Geen toegang: de rol of het team van de gebruiker staat dit niet toe */
      403: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet gevonden (of niet zichtbaar voor deze gemeente) */
      404: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Te veel verzoeken; probeer het later opnieuw */
      429: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Er ging iets mis aan de kant van de server */
      500: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description De database is even niet bereikbaar; probeer het na Retry-After seconden opnieuw */
      503: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  SysteemsignalenController_change: {
    parameters: {
      query?: never;
      header?: {
        /** @description de versie van het signaal die de client zag, bijvoorbeeld "2"; anders 409 */
        'If-Match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SysteemsignaalWijzigen'];
      };
    };
    responses: {
      /** @description Het signaal na de wijziging */
      200: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Systeemsignaal'];
        };
      };
      /** @description Ongeldig verzoek: de body, query of een header voldoet niet (invalidParams noemt elk veld) */
      400: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd: geen of een ongeldig token */
      401: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Geen toegang: de rol of het team van de gebruiker staat dit niet toe */
      403: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet gevonden (of niet zichtbaar voor deze gemeente) */
      404: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: de casus veranderde intussen (If-Match), of de Idempotency-Key hoort bij een ander verzoek */
      409: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description De body is te groot */
      413: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description De body is geen JSON */
      415: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Te veel verzoeken; probeer het later opnieuw */
      429: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Er ging iets mis aan de kant van de server */
      500: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description De database is even niet bereikbaar; probeer het na Retry-After seconden opnieuw */
      503: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  BoardController_escalations: {
    parameters: {
      query?: {
        level?: number;
        team?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description De huishoudens per AVE-niveau */
      200: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EscalationBoard'];
        };
      };
      /** @description Ongeldig verzoek: de body, query of een header voldoet niet (invalidParams noemt elk veld) */
      400: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd: geen of een ongeldig token */
      401: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Geen toegang: de rol of het team van de gebruiker staat dit niet toe */
      403: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Te veel verzoeken; probeer het later opnieuw */
      429: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Er ging iets mis aan de kant van de server */
      500: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description De database is even niet bereikbaar; probeer het na Retry-After seconden opnieuw */
      503: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  BoardController_stream: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Server-sent events: `verbonden` bij (her)verbinden, `case` met caseId, version, state en aveLevel bij elke wijziging */
      200: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'text/event-stream': string;
        };
      };
      /** @description Niet ingelogd: geen of een ongeldig token */
      401: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Geen toegang: de rol of het team van de gebruiker staat dit niet toe */
      403: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Te veel verzoeken; probeer het later opnieuw */
      429: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Er ging iets mis aan de kant van de server */
      500: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description De database is even niet bereikbaar; probeer het na Retry-After seconden opnieuw */
      503: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ConfigController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description De regels van elke workflow die ze heeft */
      200: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WorkflowConfigList'];
        };
      };
      /** @description Niet ingelogd: geen of een ongeldig token */
      401: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Geen toegang: de rol of het team van de gebruiker staat dit niet toe */
      403: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Te veel verzoeken; probeer het later opnieuw */
      429: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Er ging iets mis aan de kant van de server */
      500: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description De database is even niet bereikbaar; probeer het na Retry-After seconden opnieuw */
      503: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ConfigController_history: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description de naam van de workflow */
        workflow: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Elke versie van de regels, de oudste eerst */
      200: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WorkflowConfigHistory'];
        };
      };
      /** @description Ongeldig verzoek: de body, query of een header voldoet niet (invalidParams noemt elk veld) */
      400: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd: geen of een ongeldig token */
      401: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Geen toegang: de rol of het team van de gebruiker staat dit niet toe */
      403: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet gevonden (of niet zichtbaar voor deze gemeente) */
      404: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Te veel verzoeken; probeer het later opnieuw */
      429: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Er ging iets mis aan de kant van de server */
      500: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description De database is even niet bereikbaar; probeer het na Retry-After seconden opnieuw */
      503: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ConfigController_change: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description de naam van de workflow */
        workflow: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['WorkflowConfigChangeRequest'];
      };
    };
    responses: {
      /** @description De nieuwe regels en hun versie */
      200: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WorkflowConfigChanged'];
        };
      };
      /** @description Ongeldig verzoek: de body, query of een header voldoet niet (invalidParams noemt elk veld) */
      400: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd: geen of een ongeldig token */
      401: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Geen toegang: de rol of het team van de gebruiker staat dit niet toe */
      403: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet gevonden (of niet zichtbaar voor deze gemeente) */
      404: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description De body is te groot */
      413: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description De body is geen JSON */
      415: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Te veel verzoeken; probeer het later opnieuw */
      429: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Er ging iets mis aan de kant van de server */
      500: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description De database is even niet bereikbaar; probeer het na Retry-After seconden opnieuw */
      503: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  KalenderController_get: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description De gelijkgestelde dagen die gelden, met elke eerdere versie */
      200: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AtwKalender'];
        };
      };
      /** @description Niet ingelogd: geen of een ongeldig token */
      401: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Geen toegang: de rol of het team van de gebruiker staat dit niet toe */
      403: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Te veel verzoeken; probeer het later opnieuw */
      429: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Er ging iets mis aan de kant van de server */
      500: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description De database is even niet bereikbaar; probeer het na Retry-After seconden opnieuw */
      503: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  KalenderController_change: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AtwKalenderWijziging'];
      };
    };
    responses: {
      /** @description De lijst die nu geldt, met de geschiedenis */
      200: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AtwKalender'];
        };
      };
      /** @description Ongeldig verzoek: de body, query of een header voldoet niet (invalidParams noemt elk veld) */
      400: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd: geen of een ongeldig token */
      401: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Geen toegang: de rol of het team van de gebruiker staat dit niet toe */
      403: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description De body is te groot */
      413: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description De body is geen JSON */
      415: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Te veel verzoeken; probeer het later opnieuw */
      429: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Er ging iets mis aan de kant van de server */
      500: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description De database is even niet bereikbaar; probeer het na Retry-After seconden opnieuw */
      503: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ImportController_importeer: {
    parameters: {
      query?: {
        soort?: 'inwoners' | 'huishoudens' | 'voorzieningen' | 'meldingen' | 'aanvragen' | 'ave';
        dryRun?: 'true' | 'false';
        allesOfNiets?: 'true' | 'false';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'text/csv': components['schemas']['ImportCsv'];
      };
    };
    responses: {
      /** @description Per soort: geland, ongewijzigd en afgewezen (met regelnummer en reden) */
      200: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImportResult'];
        };
      };
      /** @description Ongeldig verzoek: de body, query of een header voldoet niet (invalidParams noemt elk veld) */
      400: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd: geen of een ongeldig token */
      401: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Geen toegang: de rol of het team van de gebruiker staat dit niet toe */
      403: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description De body is te groot */
      413: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description De body is geen JSON */
      415: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Te veel verzoeken; probeer het later opnieuw */
      429: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Er ging iets mis aan de kant van de server */
      500: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description De database is even niet bereikbaar; probeer het na Retry-After seconden opnieuw */
      503: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  UsersController_list: {
    parameters: {
      query?: {
        team?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description De bekende gebruikers, op naam */
      200: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserList'];
        };
      };
      /** @description Ongeldig verzoek: de body, query of een header voldoet niet (invalidParams noemt elk veld) */
      400: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd: geen of een ongeldig token */
      401: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Geen toegang: de rol of het team van de gebruiker staat dit niet toe */
      403: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Te veel verzoeken; probeer het later opnieuw */
      429: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Er ging iets mis aan de kant van de server */
      500: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description De database is even niet bereikbaar; probeer het na Retry-After seconden opnieuw */
      503: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  WorkflowsController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Elke workflow: fasen, events en hun schema, input */
      200: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WorkflowList'];
        };
      };
      /** @description Niet ingelogd: geen of een ongeldig token */
      401: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Te veel verzoeken; probeer het later opnieuw */
      429: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Er ging iets mis aan de kant van de server */
      500: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description De database is even niet bereikbaar; probeer het na Retry-After seconden opnieuw */
      503: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  WorkflowsController_diagram: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description de naam van de workflow */
        name: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Het toestandsdiagram van de workflow (Mermaid) */
      200: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'text/plain': string;
        };
      };
      /** @description Ongeldig verzoek: de body, query of een header voldoet niet (invalidParams noemt elk veld) */
      400: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd: geen of een ongeldig token */
      401: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet gevonden (of niet zichtbaar voor deze gemeente) */
      404: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Te veel verzoeken; probeer het later opnieuw */
      429: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Er ging iets mis aan de kant van de server */
      500: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description De database is even niet bereikbaar; probeer het na Retry-After seconden opnieuw */
      503: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  WorkflowsController_graph: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description de naam van de workflow */
        name: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description De fasen en overgangen van de workflow */
      200: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WorkflowGraph'];
        };
      };
      /** @description Ongeldig verzoek: de body, query of een header voldoet niet (invalidParams noemt elk veld) */
      400: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd: geen of een ongeldig token */
      401: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet gevonden (of niet zichtbaar voor deze gemeente) */
      404: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Te veel verzoeken; probeer het later opnieuw */
      429: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Er ging iets mis aan de kant van de server */
      500: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description De database is even niet bereikbaar; probeer het na Retry-After seconden opnieuw */
      503: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ClockController_now: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description De tijd van de engine en de periodieke taken */
      200: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Clock'];
        };
      };
      /** @description Te veel verzoeken; probeer het later opnieuw */
      429: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Er ging iets mis aan de kant van de server */
      500: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description De database is even niet bereikbaar; probeer het na Retry-After seconden opnieuw */
      503: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ClockController_set: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ClockSetRequest'];
      };
    };
    responses: {
      /** @description De nieuwe tijd, het aantal termijnen dat afging en de periodieke taken die draaiden */
      200: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClockAdvanced'];
        };
      };
      /** @description Ongeldig verzoek: de body, query of een header voldoet niet (invalidParams noemt elk veld) */
      400: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd: geen of een ongeldig token */
      401: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet gevonden (of niet zichtbaar voor deze gemeente) */
      404: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: de casus veranderde intussen (If-Match), of de Idempotency-Key hoort bij een ander verzoek */
      409: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description De body is te groot */
      413: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description De body is geen JSON */
      415: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Te veel verzoeken; probeer het later opnieuw */
      429: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Er ging iets mis aan de kant van de server */
      500: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description De database is even niet bereikbaar; probeer het na Retry-After seconden opnieuw */
      503: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ClockController_advance: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ClockAdvanceRequest'];
      };
    };
    responses: {
      /** @description De nieuwe tijd, het aantal termijnen dat afging en de periodieke taken die draaiden */
      200: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClockAdvanced'];
        };
      };
      /** @description Ongeldig verzoek: de body, query of een header voldoet niet (invalidParams noemt elk veld) */
      400: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Niet ingelogd: geen of een ongeldig token */
      401: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description De body is te groot */
      413: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description De body is geen JSON */
      415: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Te veel verzoeken; probeer het later opnieuw */
      429: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Er ging iets mis aan de kant van de server */
      500: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description De database is even niet bereikbaar; probeer het na Retry-After seconden opnieuw */
      503: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  openApiDocument: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Het OpenAPI-document */
      200: {
        headers: {
          /** @description het document is openbaar: elke origin mag het lezen */
          'Access-Control-Allow-Origin'?: '*';
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            [key: string]: unknown;
          };
        };
      };
      /** @description Te veel verzoeken; probeer het later opnieuw */
      429: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Er ging iets mis aan de kant van de server */
      500: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description De database is even niet bereikbaar; probeer het na Retry-After seconden opnieuw */
      503: {
        headers: {
          /** @description de versie van het API-contract (semver), bijvoorbeeld 1.0.0 */
          'API-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
}
