import re, json, sys
src = open(sys.argv[1] if False else 'package/src/ManageTypes.ts').read()
start = src.index('\n  schemas: {')
body = src[start:]
# entries at 4-space indent
entries = {}
for m in re.finditer(r'\n    ("?)([A-Za-z0-9_.]+)\1: \{\n(.*?)\n    \};', body, re.S):
    entries.setdefault(m.group(2), m.group(3))
def prop_type(t):
    t = t.strip()
    nullable = False
    if t.endswith('| null'):
        nullable = True; t = t[:-6].strip()
    if t.startswith('(') and t.endswith(')'):
        t = t[1:-1].strip()
    s = None
    m = re.fullmatch(r'components\["schemas"\]\["([^"]+)"\](\[\])?', t)
    if m:
        ref = {"$ref": "#/definitions/" + m.group(1)}
        s = {"type": "array", "items": ref} if m.group(2) else ref
        deps.add(m.group(1))
    elif t in ('number',): s = {"type": "number"}
    elif t == 'string': s = {"type": "string"}
    elif t == 'boolean': s = {"type": "boolean"}
    elif t in ('number[]',): s = {"type": "array", "items": {"type": "number"}}
    elif t == 'string[]': s = {"type": "array", "items": {"type": "string"}}
    elif t.startswith('{ [key: string]'): s = {"type": "object"}
    elif t == 'unknown': s = {}
    elif re.fullmatch(r'("[^"]*"\s*\|?\s*)+', t): s = {"enum": re.findall(r'"([^"]*)"', t)}
    else: s = {}
    if nullable and s:
        if "$ref" in s: s = {"anyOf": [s, {"type": "null"}]}
        elif "type" in s: s["type"] = [s["type"], "null"]
        elif "enum" in s: s["enum"] = s["enum"] + [None]
    return s
def schema(name):
    text = entries[name]
    props, req = {}, []
    # join lines; drop comments
    text = re.sub(r'/\*\*.*?\*/', '', text, flags=re.S)
    text = re.sub(r':\s*\n\s*\| ', ': ', text)
    text = re.sub(r'\n\s+\| ', ' | ', text)
    for m in re.finditer(r'^      ("?)([A-Za-z0-9_]+)\1(\??): (.*?);\s*$', text, re.M):
        props[m.group(2)] = prop_type(m.group(4))
        if not m.group(3): req.append(m.group(2))
    s = {"type": "object", "additionalProperties": False, "properties": props}
    if req: s["required"] = req
    return s
want = sys.argv[1:]
defs = {}
todo = list(want)
while todo:
    n = todo.pop()
    if n in defs: continue
    deps = set()
    defs[n] = schema(n)
    todo.extend(deps - set(defs))
out = {"$schema": "http://json-schema.org/draft-07/schema#",
       "$comment": "Generated from connectwise-rest@1.3.0 (npm pack connectwise-rest@1.3.0), package/src/ManageTypes.ts, components.schemas; see README.md next to this file.",
       "definitions": dict(sorted(defs.items()))}
json.dump(out, open('manage-schemas.json', 'w'), indent=1)
print(len(defs), sorted(defs))
