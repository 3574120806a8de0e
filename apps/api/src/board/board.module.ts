import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { BoardQueries } from './board';
import { BoardController } from './board.controller';
import { ChangeFeed } from './change-feed';

/** The escalation board and the change feed that pushes its updates (also reported by the health probe). */
@Module({
  imports: [AccessModule],
  controllers: [BoardController],
  providers: [BoardQueries, ChangeFeed],
  exports: [ChangeFeed],
})
export class BoardModule {}
