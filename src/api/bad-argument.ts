import { GraphQLError } from 'graphql';

/** The one shape of a client's mistake: the message starts with the argument's name, which `extensions.argument` repeats. */
export function badArgument(argument: string, message: string): GraphQLError {
  return new GraphQLError(`${argument}: ${message}`, { extensions: { code: 'BAD_USER_INPUT', argument } });
}
