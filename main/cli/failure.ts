import type { RpcError } from '../../shared/contract/result';

/** One line for the terminal from a failed dispatch, naming the fields at fault. */
export function describeFailure(error: RpcError): string {
  const fields = error.details?.fields?.map((f) => `${f.path || 'input'}: ${f.message}`).join('; ');
  return fields ? `${error.message} (${fields})` : error.message;
}
