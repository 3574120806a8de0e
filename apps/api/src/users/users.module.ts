import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { UsersController } from './users.controller';
import { UsersService } from './users';

/** The known users of the gemeente, for pickers. */
@Module({
  imports: [AccessModule],
  controllers: [UsersController],
  providers: [UsersService],
})
export class UsersModule {}
