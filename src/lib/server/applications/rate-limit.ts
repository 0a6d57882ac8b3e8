import { createPublicFormLimiter } from '../public-form-guard';

/** Applications per client address, shared by every request of the server process. */
export const applicationLimiter = createPublicFormLimiter();
