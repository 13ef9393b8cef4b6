/**
 * A caller's mistake in one argument, raised by domain code that knows nothing of GraphQL; the
 * API layer answers it as a GraphQL BAD_USER_INPUT error whose `extensions.argument` names it.
 * The message starts with the argument's name so a reader of any log sees which one.
 */
export class InvalidArgument extends Error {
  constructor(
    readonly argument: string,
    readonly problem: string,
  ) {
    super(`${argument}: ${problem}`);
    this.name = 'InvalidArgument';
  }
}
