import { currentRequestContext, type RequestContext } from './request-context.js';

/**
 * One value per request (DataLoaders, memoised lookups), made on first use and dropped with the
 * request, so nothing cached outlives it or crosses to another user.
 */
export class RequestScoped<T extends object> {
  private readonly byRequest = new WeakMap<RequestContext, T>();

  constructor(
    private readonly owner: string,
    private readonly make: () => T,
  ) {}

  get(): T {
    const context = currentRequestContext();
    if (!context) throw new Error(`${this.owner} used outside a request`);
    let value = this.byRequest.get(context);
    if (!value) {
      value = this.make();
      this.byRequest.set(context, value);
    }
    return value;
  }
}
