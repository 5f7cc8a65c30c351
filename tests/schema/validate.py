# SPDX-FileCopyrightText: 2026 The Headroom contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks JSON files against one of the JSON Schemas in docs/schema/.

    python3 tests/schema/validate.py SCHEMA FILE...

SCHEMA is a schema file, optionally with a JSON pointer to one of its definitions
(docs/schema/gear.schema.json#/$defs/catalogFile). Every problem is printed on one line,
`FILE: $.json.path: message`, on standard output. Exit status: 0 when every file is valid,
1 when any file has a problem (or cannot be read or parsed), 2 for a usage error or a
schema that is not a valid draft 2020-12 schema.

Needs only python3 and python3-jsonschema (4.10, as in Debian 12, or newer).
"""

import copy
import json
import re
import sys

try:
    import jsonschema
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import best_match
except ImportError as error:  # pragma: no cover
    print(f"validate.py: needs python3-jsonschema 4.10 or newer ({error})", file=sys.stderr)
    sys.exit(2)

_PLAIN_KEY = re.compile(r"^[A-Za-z_][A-Za-z0-9_-]*$")


def json_path(path):
    """A path as the project writes them: $.devices[0].spec.figures.impedanceOhm."""
    text = "$"
    for part in path:
        if isinstance(part, int):
            text += f"[{part}]"
        elif _PLAIN_KEY.match(part):
            text += f".{part}"
        else:
            text += "[" + json.dumps(part, ensure_ascii=False) + "]"
    return text


def resolve_pointer(document, pointer):
    node = document
    for token in pointer.lstrip("/").split("/") if pointer.strip("/") else []:
        token = token.replace("~1", "/").replace("~0", "~")
        node = node[int(token)] if isinstance(node, list) else node[token]
    return node


def load_schema(argument):
    """The schema, or the definition a #/json/pointer names inside it. The schemas' references are all local
    (#/$defs/...), so a definition is checked with its file's $defs beside it."""
    path, _, pointer = argument.partition("#")
    with open(path, encoding="utf-8") as f:
        root = json.load(f)
    Draft202012Validator.check_schema(root)
    if not pointer:
        return root
    schema = copy.deepcopy(resolve_pointer(root, pointer))
    if not isinstance(schema, dict):
        raise ValueError(f"{argument}: does not name a schema object")
    schema["$schema"] = root.get("$schema")
    schema.setdefault("$defs", root.get("$defs", {}))
    return schema


def json_type(value):
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"
    return {str: "string", list: "array", dict: "object"}.get(type(value), type(value).__name__)


def type_problem(error, expected):
    """A short message: the value itself only when it is short (objects and arrays can be whole products)."""
    found = json.dumps(error.instance, ensure_ascii=False)
    found = found if len(found) <= 40 and not isinstance(error.instance, (dict, list)) else f"an {json_type(error.instance)}" if json_type(error.instance)[0] in "aeiou" else f"a {json_type(error.instance)}"
    return f"{found} is not of type {' or '.join(expected)}"


def explain(error):
    """(path, message) of an error. A value that matches no branch of an anyOf/oneOf (a figure given bare or as an
    object, say) is explained by the branch of its own type when there is one, else by the types it may have."""
    while error.context:
        reasons = [e for e in error.context if e.validator != "type"]
        if not reasons:
            types = []
            for e in error.context:
                for t in e.validator_value if isinstance(e.validator_value, list) else [e.validator_value]:
                    if t not in types:
                        types.append(t)
            return json_path(error.absolute_path), type_problem(error, types)
        deepest = max(len(e.absolute_path) for e in reasons)
        error = best_match(e for e in reasons if len(e.absolute_path) == deepest)
    if error.validator == "type":
        expected = error.validator_value if isinstance(error.validator_value, list) else [error.validator_value]
        return json_path(error.absolute_path), type_problem(error, expected)
    return json_path(error.absolute_path), error.message


def problems(validator, document):
    """(path, message) for each problem."""
    for error in validator.iter_errors(document):
        yield explain(error)


def main(argv):
    if len(argv) < 3 or argv[1] in ("-h", "--help"):
        print("usage: validate.py SCHEMA[#/$defs/NAME] FILE...", file=sys.stderr)
        return 2
    try:
        validator = Draft202012Validator(load_schema(argv[1]))
    except (OSError, ValueError, KeyError, IndexError, jsonschema.exceptions.SchemaError) as error:
        print(f"{argv[1]}: not a usable schema: {getattr(error, 'message', error)}", file=sys.stderr)
        return 2
    failed = False
    for name in argv[2:]:
        try:
            with open(name, encoding="utf-8") as f:
                document = json.load(f)
        except OSError as error:
            print(f"{name}: cannot be read: {error.strerror}")
            failed = True
            continue
        except ValueError as error:  # json.JSONDecodeError and UnicodeDecodeError
            print(f"{name}: not valid JSON: {error}")
            failed = True
            continue
        for path, message in sorted(set(problems(validator, document))):
            print(f"{name}: {path}: {message}")
            failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
