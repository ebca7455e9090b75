/** The arguments several tools take, with the words a model reads when it gets one wrong. */
import { z } from 'zod';

const PATH_HELP = 'a deployment folder, or an .ece file in it, relative to the workspace, e.g. "examples/blended-400"';

export const deploymentPath = z.string({ error: `path is required: ${PATH_HELP}.` })
    .min(1, { error: `path must not be empty: give ${PATH_HELP}.` })
    .describe(`The deployment: ${PATH_HELP}. list-deployments lists them.`);

export const optionalFolder = z.string({ error: 'path must be text: a folder or .ece file relative to the workspace.' })
    .min(1, { error: 'path must not be empty; leave it out for the whole workspace.' })
    .optional()
    .describe('A folder or .ece file relative to the workspace; every deployment below it is taken. Leave it out for the whole workspace.');
