/**
 * The mistakes people make when they write a deployment, and what `ece check` says about each:
 * one folder per mistake, checked in one run, every message exact with its file:line:column.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const CASES: { mistake: string; text: string; expected: string }[] = [
    {
        mistake: 'emails-slash-hour', text: 'load profile {\n    email 500 agents at 9 emails/hour\n}\n',
        expected: "2:33: error syntax/invalid-token: Unexpected '/': write rates in words, `emails per hour` instead of `emails/hour`.",
    },
    {
        mistake: 'roles-without-comma', text: 'server ECE_APP_1 {\n    roles web application\n}\n',
        expected: "2:15: error syntax/parse-error: Missing comma before 'application': separate the items of a list with commas, `roles web, application`.",
    },
    {
        mistake: 'skill-groups-without-comma', text: 'department Sales {\n    queue Q {\n        skill groups Sales_Email Support_Email\n    }\n}\n',
        expected: "3:34: error syntax/parse-error: Missing comma before 'Support_Email': separate the items of a list with commas, `skill groups Sales_Email, Support_Email`.",
    },
    {
        mistake: 'per-hr', text: 'load profile {\n    email 500 agents at 9 emails per hr\n}\n',
        expected: "2:38: error syntax/parse-error: Write 'hour' in full: `per hour`, not 'hr'.",
    },
    {
        mistake: 'per-months', text: 'load profile {\n    incoming emails 150,000 per months\n}\n',
        expected: "2:33: error syntax/parse-error: Write 'month' in full: `per month`, not 'months'.",
    },
    {
        mistake: 'misspelt-declaration', text: 'servr ECE_WEB_1 { roles web }\n',
        expected: "1:1: error syntax/parse-error: Expected a declaration (deployment, mrd, skill group, agent, department, server…) but found 'servr': did you mean 'server'?",
    },
    {
        mistake: 'misspelt-statement', text: 'server ECE_WEB_1 { rols web }\n',
        expected: "1:20: error syntax/parse-error: Expected '}' but found 'rols': did you mean 'roles'?",
    },
    {
        mistake: 'misspelt-value', text: 'security { https close }\n',
        expected: "1:18: error syntax/parse-error: Expected 'open' or 'closed' but found 'close': did you mean 'closed'?",
    },
    {
        mistake: 'underscore-for-hyphen', text: 'load balancer LB { sticky sessions source_ip }\n',
        expected: "1:36: error syntax/parse-error: Expected 'cookie', 'source-ip' or 'none' but found 'source_ip': did you mean 'source-ip'?",
    },
    {
        mistake: 'unit-missing', text: 'server DB {\n    roles database\n    disk 100\n}\n',
        expected: '4:1: error syntax/parse-error: Missing unit after 100: write a size with its unit, `100 GB` (KB, MB, GB, TB).',
    },
    {
        mistake: 'unit-wrong', text: 'network {\n    agent latency 450 s\n}\n',
        expected: "2:23: error syntax/parse-error: 's' is not a unit of latency: write `450 ms` (ms).",
    },
    {
        mistake: 'unit-lower-case', text: 'server DB { disk 100 gb }\n',
        expected: "1:22: error syntax/parse-error: Units are written as the guide writes them: `100 GB`, not 'gb'.",
    },
    {
        mistake: 'block-not-closed', text: 'server DB {\n    roles database\nserver WEB { roles web }\n',
        expected: "3:1: error syntax/parse-error: The block of `server DB` opened on line 1 is not closed before `server` on the next declaration: add '}' at its end.",
    },
    {
        mistake: 'block-not-closed-at-end', text: 'server WEB {\n    roles web\n',
        expected: "2:14: error syntax/parse-error: The block of `server WEB` opened on line 1 is not closed before the end of the file: add '}' at its end.",
    },
    {
        mistake: 'name-with-spaces', text: 'server ECE WEB 1 { roles web }\n',
        expected: "1:12: error syntax/parse-error: A name cannot contain spaces: write `server ECE_WEB_1` (with '_' between the words).",
    },
    {
        mistake: 'brace-missing', text: 'server WEB roles web }\n',
        expected: "1:12: error syntax/parse-error: Missing '{' after `server WEB`: its statements go in braces, `server WEB { … }`.",
    },
    {
        mistake: 'brace-extra', text: 'server WEB { roles web } }\n',
        expected: "1:26: error syntax/parse-error: Unexpected '}': no block is open here; remove it.",
    },
    {
        mistake: 'string-not-closed', text: 'deployment D { description "abc\n}\n',
        expected: "1:28: error syntax/invalid-token: This string is not closed: add the closing '\"' on the same line.",
    },
    {
        mistake: 'number-missing', text: 'load profile {\n    email agents at 9 emails per hour\n}\n',
        expected: "2:5: error syntax/parse-error: A number is missing before 'agents': `email 10 agents`, for instance.",
    },
    {
        mistake: 'number-with-space', text: 'load profile {\n    email 1 500 agents\n}\n',
        expected: '2:13: error syntax/parse-error: Write a number without spaces: `1500` or `1,500`.',
    },
    {
        mistake: 'semicolon', text: 'server WEB { roles web; }\n',
        expected: "1:23: error syntax/invalid-token: Unexpected ';': a statement ends with its line (or the next keyword); remove the ';'.",
    },
    {
        mistake: 'equals-sign', text: 'server WEB { roles web weight = 3 }\n',
        expected: "1:31: error syntax/invalid-token: Unexpected '=': write a keyword and its value side by side, `weight 3`.",
    },
    {
        mistake: 'colon', text: 'server WEB { roles: web }\n',
        expected: "1:19: error syntax/invalid-token: Unexpected ':': write a keyword and its value side by side, `roles web`.",
    },
];

describe('syntax errors in plain words (ece check)', () => {
    let root: string;
    let lines: string[];

    beforeAll(() => {
        root = fs.mkdtempSync(path.join(os.tmpdir(), 'ece-syntax-'));
        for (const { mistake, text } of CASES) {
            fs.mkdirSync(path.join(root, mistake));
            fs.writeFileSync(path.join(root, mistake, 'ece.ece'), text);
        }
        const result = runCli(['check', '.'], root);
        expect(result.status).toBe(1);
        lines = result.stdout.split('\n').filter(line => / syntax\//.test(line));
    });

    afterAll(() => {
        fs.rmSync(root, { recursive: true, force: true });
    });

    it('covers at least 15 mistakes', () => {
        expect(CASES.length).toBeGreaterThanOrEqual(15);
    });

    it.each(CASES)('$mistake', ({ mistake, expected }) => {
        // One message per mistake: no follow-on error, no message of the parser's own kind.
        expect(lines.filter(line => line.startsWith(`${mistake}/`))).toEqual([`${mistake}/ece.ece:${expected}`]);
    });
});
