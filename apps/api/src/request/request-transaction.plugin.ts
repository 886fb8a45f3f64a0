import type { ApolloServerPlugin } from '@apollo/server';
import { currentRequestContext } from './request-context.js';
import { finishRequestTransaction } from './request-database.js';

/** Commits the request's transaction when the operation had no errors, else rolls it back. */
export function requestTransactionPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          const context = currentRequestContext();
          if (!context) return;
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          await finishRequestTransaction(context, !errors || errors.length === 0);
        },
      };
    },
  };
}
