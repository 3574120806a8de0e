import { Module } from '@nestjs/common';
import { DevAuthSecretRepository, SystemDatabase } from '@regie/persistence';
import { DevTokens, devTokens } from './auth';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';

/**
 * Dev tokens (AUTH_MODE=dev); the AuthGuard itself is global, registered by the AppModule, and checks them with
 * the DevTokens exported here, whose key is read once while the application starts.
 */
@Module({
  controllers: [AuthController],
  providers: [
    AuthService,
    {
      provide: DevTokens,
      inject: [SystemDatabase, DevAuthSecretRepository],
      useFactory: (system: SystemDatabase, secrets: DevAuthSecretRepository) => devTokens(system, secrets),
    },
  ],
  exports: [DevTokens],
})
export class AuthModule {}
