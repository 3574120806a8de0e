import { Module } from '@nestjs/common';
import { BoardModule } from '../board/board.module';
import { HealthController } from './health.controller';

/** Probes and metrics for operators; readiness reports the board's change feed. */
@Module({ imports: [BoardModule], controllers: [HealthController] })
export class HealthModule {}
