#!/usr/bin/env python3
"""Lists src/main Java files over 500 lines and methods over 80 lines (the project's size rules).

Usage: scripts/check-sizes.py [REPO_DIR] [--max-file N] [--max-method N]
Exits 1 when anything is over, else 0. A method is counted from the line of its name to its closing
brace (a crude brace matcher that skips strings, chars and comments; good enough for this code base).
"""
import re
import sys
from pathlib import Path

TYPE = re.compile(r"\b(record|class|interface|enum)\b")
CONTROL = {"if", "for", "while", "switch", "catch", "return", "new", "else", "try", "do", "synchronized", "throw"}
DECLARATION = re.compile(r"^\s*(?:@\w+(?:\([^)]*\))?\s+)*(?:(?:public|protected|private|static|final|abstract|default|"
                         r"synchronized|native|strictfp)\s+)*(?:<[^>]+>\s+)?(?:[\w.<>\[\]?, ]+\s+)?(\w+)\s*\(")


def code_only(line, state):
    """The line with strings, chars and comments blanked; state carries an open block comment."""
    out = []
    i = 0
    while i < len(line):
        if state["comment"]:
            end = line.find("*/", i)
            if end < 0:
                return "".join(out)
            state["comment"] = False
            i = end + 2
            continue
        c = line[i]
        if line.startswith("//", i):
            break
        if line.startswith("/*", i):
            state["comment"] = True
            i += 2
            continue
        if line.startswith('"""', i):
            end = line.find('"""', i + 3)
            state["text_block"] = end < 0
            i = len(line) if end < 0 else end + 3
            continue
        if c in "\"'":
            j = i + 1
            while j < len(line) and line[j] != c:
                j += 2 if line[j] == "\\" else 1
            i = j + 1
            continue
        out.append(c)
        i += 1
    return "".join(out)


def methods(lines):
    """(name, first line, length) of every method or constructor body."""
    state = {"comment": False, "text_block": False}
    code = []
    for line in lines:
        if state["text_block"]:
            if '"""' in line:
                state["text_block"] = False
                line = line[line.find('"""') + 3:]
            else:
                code.append("")
                continue
        code.append(code_only(line, state))
    found = []
    i = 0
    while i < len(code):
        m = DECLARATION.match(code[i])
        if (m and m.group(1) not in CONTROL and not TYPE.search(code[i])
                and not code[i].lstrip().startswith(("return", "new ", "else", "throw"))):
            # the declaration runs to '{' (a body) or ';' (abstract, or a call)
            j = i
            text = code[i]
            while "{" not in text and ";" not in text and j + 1 < len(code) and j - i < 8:
                j += 1
                text += code[j]
            if "{" in text and (";" not in text or text.index("{") < text.index(";")) and ")" in text[:text.index("{")]:
                depth = 0
                k = i
                started = False
                while k < len(code):
                    for ch in code[k]:
                        if ch == "{":
                            depth += 1
                            started = True
                        elif ch == "}":
                            depth -= 1
                    if started and depth <= 0:
                        break
                    k += 1
                found.append((m.group(1), i + 1, k - i + 1))
                i = k + 1
                continue
        i += 1
    return found


def main(argv):
    repo = Path(next((a for a in argv if not a.startswith("--")), "."))
    max_file = int(argv[argv.index("--max-file") + 1]) if "--max-file" in argv else 500
    max_method = int(argv[argv.index("--max-method") + 1]) if "--max-method" in argv else 80
    over = 0
    files = sorted(p for p in repo.glob("*/src/main/**/*.java"))
    longest_file = (0, None)
    longest_method = (0, None)
    for path in files:
        lines = path.read_text(encoding="utf-8").splitlines()
        longest_file = max(longest_file, (len(lines), str(path.relative_to(repo))))
        if len(lines) > max_file:
            print(f"file   {len(lines):5d} lines  {path.relative_to(repo)}")
            over += 1
        for name, line, length in methods(lines):
            longest_method = max(longest_method, (length, f"{path.relative_to(repo)}:{line} {name}"))
            if length > max_method:
                print(f"method {length:5d} lines  {path.relative_to(repo)}:{line} {name}")
                over += 1
    print(f"{len(files)} files; longest file {longest_file[0]} lines ({longest_file[1]}); "
          f"longest method {longest_method[0]} lines ({longest_method[1]}); {over} over the limits "
          f"({max_file} lines a file, {max_method} a method)")
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
