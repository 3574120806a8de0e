/**
 * @regie/geld: money as Regie writes it, whole eurocents shown as `€ 1.234,56`. A leaf: it imports nothing, so the
 * journeys (which import only the calendar and this), the indicators and the web UI (which imports only the API
 * client and this) share one formatter.
 */
export { euro } from './euro';
