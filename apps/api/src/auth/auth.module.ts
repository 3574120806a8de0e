import { Module } from '@nestjs/common';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';

/** Dev tokens (AUTH_MODE=dev); the AuthGuard itself is global, registered by the AppModule. */
@Module({ controllers: [AuthController], providers: [AuthService] })
export class AuthModule {}
