// The API contract read and applied by maintained libraries rather than our own code, for the contract tests:
//
//   node contract.mjs json OPENAPI.yaml
//       The document as JSON on standard output, read by the `yaml` package as strict YAML 1.2 (duplicate keys and
//       every warning are errors), so C++ tests can read the contract with QJsonDocument.
//   node contract.mjs validate OPENAPI.yaml EXCHANGES.json
//       Holds each recorded exchange (see below) against the operation the contract documents for its method and
//       path: the response's status and media type must be documented and a JSON body satisfy the response schema;
//       the media type of a request body portald accepted (2xx) must be documented and a JSON one satisfy its schema.
//       Schemas are judged by Ajv as JSON Schema 2020-12, the dialect of OpenAPI 3.1, with ajv-formats checking
//       `format`.
//       Prints {"checked": N, "problems": ["…"]}; exit status 0 when nothing is wrong, 1 when something is.
//
// Any other failure (unreadable or invalid YAML, a schema Ajv cannot compile) prints a message on standard error and
// exits with status 2. An exchange is
//   {"where": "GET /api/v1/items/7", "method": "GET", "path": "/api/v1/items/7", "status": 200,
//    "request": {"mediaType": "application/json", "bytes": 45, "text": "…"},  (optional; text only for JSON bodies)
//    "response": {"mediaType": "application/json", "bytes": 123, "text": "…"}}  (text only for JSON bodies)
import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const CONTRACT_ID = 'urn:portaldesk:openapi';

function fail(message) {
    process.stderr.write(`contract.mjs: ${message}\n`);
    process.exit(2);
}

function readContract(file) {
    let text;
    try {
        text = readFileSync(file, 'utf8');
    } catch (e) {
        fail(`cannot read ${file}: ${e.message}`);
    }
    const doc = parseDocument(text, { strict: true, uniqueKeys: true, prettyErrors: true });
    const issues = [...doc.errors, ...doc.warnings];
    if (issues.length > 0)
        fail(`${file} is not valid YAML:\n${issues.map((i) => i.message).join('\n')}`);
    return doc.toJS({ maxAliasCount: -1 });
}

function isJson(mediaType) {
    return mediaType === 'application/json' || /^application\/[^;]+\+json$/.test(mediaType);
}

// A JSON Pointer segment ("~" and "/" escaped) as it appears in a URI fragment.
function pointerSegment(s) {
    return encodeURIComponent(String(s).replaceAll('~', '~0').replaceAll('/', '~1'));
}

// Where a node of the document really is, following local $refs: a JSON Pointer in URI-fragment form (as $ref
// values are written) and the node itself. Ajv compiles schemas by such pointers into the whole document.
function locate(contract, pointer) {
    const at = (p) => p.slice(1).split('/').reduce(
        (node, part) => node?.[decodeURIComponent(part).replaceAll('~1', '/').replaceAll('~0', '~')], contract);
    let node = at(pointer);
    for (let hops = 0; typeof node?.$ref === 'string' && node.$ref.startsWith('#/') && hops < 16; ++hops) {
        pointer = node.$ref.slice(1);
        node = at(pointer);
    }
    return { pointer, node };
}

// The documented path template for a concrete path: literal segments must be equal, `{…}` segments match any one
// segment; the template with the most literal segments wins (/a/b over /a/{x}).
function findPath(contract, path) {
    const concrete = path.split('/');
    let best;
    let bestLiterals = -1;
    for (const template of Object.keys(contract.paths ?? {})) {
        const pattern = template.split('/');
        if (pattern.length !== concrete.length)
            continue;
        let literals = 0;
        let match = true;
        for (let k = 0; k < pattern.length && match; ++k) {
            if (/^\{[^}]*\}$/.test(pattern[k]))
                continue;
            match = pattern[k] === concrete[k];
            ++literals;
        }
        if (match && literals > bestLiterals) {
            best = template;
            bestLiterals = literals;
        }
    }
    return best;
}

// The content entry for a media type: exact, then `type/*`, then `*/*`.
function contentKey(content, mediaType) {
    if (mediaType in content)
        return mediaType;
    const wildcard = `${mediaType.split('/')[0]}/*`;
    if (wildcard in content)
        return wildcard;
    return '*/*' in content ? '*/*' : undefined;
}

function makeAjv(contract) {
    // Strict about keywords, so a misspelt one in the contract is an error rather than silently no check; the
    // keywords OpenAPI 3.1 adds to JSON Schema are known as annotations.
    const ajv = new Ajv2020({
        allErrors: true,
        verbose: true,
        strictSchema: true,
        strictNumbers: true,
        strictTypes: false,
        strictTuples: false,
        strictRequired: false,
        allowUnionTypes: true,
    });
    addFormats(ajv);
    ajv.addVocabulary(['example', 'discriminator', 'xml', 'externalDocs']);
    // The document's own top-level fields, which Ajv sees on the root it resolves `#/components/…` against.
    ajv.addVocabulary(['openapi', 'info', 'jsonSchemaDialect', 'servers', 'paths', 'webhooks', 'components',
                       'security', 'tags']);
    // The formats OpenAPI defines on top of JSON Schema's.
    ajv.addFormat('int32', { type: 'number', validate: (n) => Number.isInteger(n) && n >= -(2 ** 31) && n < 2 ** 31 });
    ajv.addFormat('int64', { type: 'number', validate: (n) => Number.isInteger(n) });
    ajv.addFormat('float', { type: 'number', validate: () => true });
    ajv.addFormat('double', { type: 'number', validate: () => true });
    ajv.addFormat('password', true);
    // The whole document under one id, so `#/components/…` references inside the schemas resolve against it.
    ajv.addSchema({ ...contract, $id: CONTRACT_ID });
    return ajv;
}

function validator(ajv, pointer) {
    try {
        return ajv.getSchema(`${CONTRACT_ID}#${pointer}`);
    } catch (e) {
        fail(`the schema at ${pointer} does not compile: ${e.message}`);
    }
}

function schemaProblems(ajv, pointer, text, where) {
    let value;
    try {
        value = JSON.parse(text);
    } catch (e) {
        return [`${where}: not JSON (${e.message})`];
    }
    const validate = validator(ajv, pointer);
    if (!validate)
        return [`${where}: no schema at ${pointer}`];
    if (validate(value))
        return [];
    return validate.errors.map((e) => {
        // Ajv's message names the type, format or missing field; the value that broke it completes the picture.
        const got = e.keyword === 'required' ? '' : ` (got ${JSON.stringify(e.data)?.slice(0, 80)})`;
        const extra = e.keyword === 'additionalProperties' ? ` '${e.params.additionalProperty}'` : '';
        return `${where}: ${e.instancePath || '(body)'} ${e.message}${extra}${got}`;
    });
}

function check(contract, ajv, exchange) {
    const where = `${exchange.where ?? `${exchange.method} ${exchange.path}`} → ${exchange.status}`;
    const method = String(exchange.method).toLowerCase();
    const template = findPath(contract, exchange.path);
    const operation = template === undefined ? undefined : contract.paths[template][method];
    if (!operation)
        return [`${where}: the contract documents no operation ${exchange.method} ${exchange.path}`];
    const opPointer = `/paths/${pointerSegment(template)}/${method}`;
    const problems = [];

    const request = exchange.request;
    if (request?.bytes > 0 && exchange.status >= 200 && exchange.status < 300) {
        const body = locate(contract, `${opPointer}/requestBody`);
        const content = body.node?.content ?? {};
        const key = contentKey(content, request.mediaType);
        if (key === undefined)
            problems.push(`${where}: request body ${request.mediaType} is not documented`);
        else if (content[key].schema && isJson(request.mediaType) && request.text !== undefined)
            problems.push(...schemaProblems(ajv, `${body.pointer}/content/${pointerSegment(key)}/schema`,
                                            request.text, `${where}: request`));
    }

    // The status itself, then its class (4XX), then `default`.
    const responses = operation.responses ?? {};
    const status = String(exchange.status);
    const statusKey = [status, `${status[0]}XX`, 'default'].find((k) => k in responses);
    if (statusKey === undefined)
        return [...problems, `${where}: status ${status} is not documented for ${exchange.method} ${template}`];
    const documented = locate(contract, `${opPointer}/responses/${statusKey}`);
    const content = documented.node?.content ?? {};
    const response = exchange.response ?? { bytes: 0 };
    if (!response.bytes) {
        if (Object.keys(content).length > 0)
            problems.push(`${where}: the contract documents a body (${Object.keys(content).join(', ')}), none came`);
        return problems;
    }
    if (Object.keys(content).length === 0)
        return [...problems, `${where}: a ${response.mediaType} body came, the contract documents none`];
    const key = contentKey(content, response.mediaType);
    if (key === undefined) {
        problems.push(`${where}: response media type ${response.mediaType} is not documented `
                      + `(${Object.keys(content).join(', ')})`);
    } else if (content[key].schema && isJson(response.mediaType)) {
        problems.push(...schemaProblems(ajv, `${documented.pointer}/content/${pointerSegment(key)}/schema`,
                                        response.text ?? '', `${where}: response`));
    }
    return problems;
}

const [command, contractFile, exchangesFile] = process.argv.slice(2);
if (command === 'json' && contractFile) {
    process.stdout.write(JSON.stringify(readContract(contractFile)));
} else if (command === 'validate' && contractFile && exchangesFile) {
    const contract = readContract(contractFile);
    let exchanges;
    try {
        exchanges = JSON.parse(readFileSync(exchangesFile, 'utf8'));
    } catch (e) {
        fail(`cannot read ${exchangesFile}: ${e.message}`);
    }
    const ajv = makeAjv(contract);
    const problems = exchanges.flatMap((exchange) => check(contract, ajv, exchange));
    process.stdout.write(JSON.stringify({ checked: exchanges.length, problems }, null, 1));
    process.exitCode = problems.length === 0 ? 0 : 1;
} else {
    fail('usage: contract.mjs json OPENAPI.yaml | contract.mjs validate OPENAPI.yaml EXCHANGES.json');
}
