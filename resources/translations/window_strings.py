"""Every string the window's code hands Qt to translate, read from the code with ``ast``.

``pyside6-lupdate`` reads ``self.tr("...")`` and ``QCoreApplication.translate("Context",
"...")`` itself, but not the window's small helpers: ``_tr("...")`` in a module (a fixed
context), ``plural(CONTEXT, "%n ...", n)`` (``ui/plurals.py``), ``tr = self.tr`` inside a
method, ``QCoreApplication.translate(CONTEXT, ...)`` with a module constant as the context;
and it files a ``translate(context, text, "", n)`` with a variable count as a string
without plural forms. It would file the strings it misreads under no context, which Qt never
asks for, so a translator's work on them would never be shown.

This module reads the code the way PySide6 resolves it at run time and lists each string
with its context, disambiguation and whether it takes a count. ``update_sources.py`` writes
the list as plain ``QCoreApplication.translate(...)`` lines into a temporary file and lets
``pyside6-lupdate`` merge those into the ``.ts`` files (it keeps translations, adds new
strings as unfinished, drops strings the code no longer has and offers a translation made
for the same words in another context).

A string held in a variable can be read only where it is written: mark it there with
``QT_TRANSLATE_NOOP("Context", "...")`` (``QT_TR_NOOP`` inside a class), and translate it
with the same context where it is shown. :func:`variable_calls` lists translations of a
variable, for ``update_sources.py`` to report.
"""

from __future__ import annotations

import ast
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

#: the module path of the window's code, for resolving imports of helpers
UI_PACKAGE = "journal_app.ui"
#: a count given here in the written calls makes lupdate file the string with plural forms
COUNT_FOR_LUPDATE = 2


@dataclass(frozen=True, order=True)
class WindowString:
    """One string Qt is asked to translate: its context, words and disambiguation."""

    context: str
    source: str
    disambiguation: str = ""
    plural: bool = False

    def as_call(self) -> str:
        """The string as a call pyside6-lupdate reads."""
        args = [json.dumps(self.context, ensure_ascii=False)]
        args.append(json.dumps(self.source, ensure_ascii=False))
        if self.disambiguation or self.plural:
            args.append(json.dumps(self.disambiguation, ensure_ascii=False))
        if self.plural:
            args.append(str(COUNT_FOR_LUPDATE))
        return f"QCoreApplication.translate({', '.join(args)})"


@dataclass(frozen=True)
class Helper:
    """A function that translates its argument: where its context, text and count come from.

    ``context`` is fixed, or ``None`` when the caller passes it as argument ``context_arg``.
    """

    context: str | None
    text_arg: int
    context_arg: int | None = None
    count_arg: int | None = None


@dataclass
class Module:
    """What one module defines: string constants and translating helpers."""

    name: str
    tree: ast.Module
    constants: dict[str, str] = field(default_factory=dict)
    helpers: dict[str, Helper] = field(default_factory=dict)


@dataclass(frozen=True)
class VariableCall:
    """A translation of a string held in a variable (invisible to any extractor)."""

    path: str
    line: int
    code: str


def module_name(path: Path, package_root: Path) -> str:
    """``journal_app.ui.appraisal.common`` for ``<root>/journal_app/ui/appraisal/common.py``."""
    parts = list(path.relative_to(package_root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def read_modules(files: Iterable[Path], package_root: Path) -> dict[str, Module]:
    """Parse ``files`` and note each one's constants and helpers."""
    modules: dict[str, Module] = {}
    for path in files:
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        module = Module(module_name(path, package_root), tree)
        for node in tree.body:
            if (
                isinstance(node, ast.Assign)
                and len(node.targets) == 1
                and isinstance(node.targets[0], ast.Name)
                and _is_text(node.value)
            ):
                module.constants[node.targets[0].id] = _text(node.value)
        modules[module.name] = module
    # A helper may call another (appraisal's tr_count calls plurals.plural): read until
    # no new helper turns up.
    grew = True
    while grew:
        grew = False
        for module in modules.values():
            known = _imported_helpers(module, modules)
            for node in module.tree.body:
                if isinstance(node, ast.FunctionDef) and node.name not in module.helpers:
                    helper = _helper(node, module.constants, known)
                    if helper is not None:
                        module.helpers[node.name] = helper
                        grew = True
    return modules


def window_strings(
    files: Iterable[Path], modules: dict[str, Module], package_root: Path
) -> set[WindowString]:
    """Every string the code of ``files`` asks Qt to translate."""
    found: set[WindowString] = set()
    for path in files:
        module = modules[module_name(path, package_root)]
        reader = _Reader(module, _imported_helpers(module, modules))
        reader.visit(module.tree)
        found |= reader.found
    return found


def variable_calls(
    files: Iterable[Path], modules: dict[str, Module], package_root: Path
) -> list[VariableCall]:
    """The calls that translate a variable, outside the helpers that exist to do so."""
    calls: list[VariableCall] = []
    for path in files:
        module = modules[module_name(path, package_root)]
        reader = _Reader(module, _imported_helpers(module, modules))
        reader.visit(module.tree)
        calls += [
            VariableCall(str(path.relative_to(package_root)), line, code)
            for line, code in reader.variables
        ]
    return calls


def written_calls(strings: Iterable[WindowString]) -> str:
    """Python source pyside6-lupdate reads: one translate call per string, in a stable order."""
    lines = [
        '"""Written by update_sources.py for pyside6-lupdate; never imported."""',
        "from PySide6.QtCore import QCoreApplication",
        "",
    ]
    lines += [string.as_call() for string in sorted(strings)]
    return "\n".join(lines) + "\n"


# -- reading the code ---------------------------------------------------------------------------


def _is_text(node: ast.expr | None) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _text(node: ast.expr) -> str:
    assert isinstance(node, ast.Constant) and isinstance(node.value, str)
    return node.value


def _is_translate(func: ast.expr) -> bool:
    """``QCoreApplication.translate`` (or QApplication's, QGuiApplication's)."""
    return (
        isinstance(func, ast.Attribute)
        and func.attr == "translate"
        and isinstance(func.value, ast.Name)
        and func.value.id in ("QCoreApplication", "QGuiApplication", "QApplication")
    )


def _helper(
    function: ast.FunctionDef, constants: dict[str, str], helpers: dict[str, Helper]
) -> Helper | None:
    """A module-level function that translates one of its parameters, directly or through
    another helper, or ``None``."""
    params = [arg.arg for arg in function.args.args]
    for node in ast.walk(function):
        if not isinstance(node, ast.Call) or len(node.args) < 2:
            continue
        if _is_translate(node.func):
            context, text = node.args[0], node.args[1]
            count = node.args[3] if len(node.args) >= 4 else None
        elif isinstance(node.func, ast.Name) and node.func.id in helpers:
            inner = helpers[node.func.id]
            if inner.context_arg is None or len(node.args) <= inner.text_arg:
                continue
            context, text = node.args[inner.context_arg], node.args[inner.text_arg]
            has_count = inner.count_arg is not None and len(node.args) > inner.count_arg
            count = node.args[inner.count_arg] if has_count else None  # type: ignore[index]
        else:
            continue
        if not (isinstance(text, ast.Name) and text.id in params):
            continue
        count_arg = None
        if isinstance(count, ast.Name) and count.id in params:
            count_arg = params.index(count.id)
        text_arg = params.index(text.id)
        if _is_text(context):
            return Helper(_text(context), text_arg, count_arg=count_arg)
        if isinstance(context, ast.Name) and context.id in constants:
            return Helper(constants[context.id], text_arg, count_arg=count_arg)
        if isinstance(context, ast.Name) and context.id in params:
            return Helper(None, text_arg, params.index(context.id), count_arg)
    return None


def _imported_helpers(module: Module, modules: dict[str, Module]) -> dict[str, Helper]:
    """The helpers ``module`` uses: its own and those it imports from other modules."""
    helpers = dict(module.helpers)
    for node in ast.walk(module.tree):
        if isinstance(node, ast.ImportFrom) and node.module in modules:
            source = modules[node.module]
            for alias in node.names:
                if alias.name in source.helpers:
                    helpers[alias.asname or alias.name] = source.helpers[alias.name]
    return helpers


class _Reader(ast.NodeVisitor):
    """Walks one module, knowing the class and the local ``tr = self.tr`` it is inside."""

    def __init__(self, module: Module, helpers: dict[str, Helper]) -> None:
        self.module = module
        self.helpers = helpers
        self.classes: list[str] = []
        self.tr_aliases: list[set[str]] = [set()]
        self.translate_aliases: list[set[str]] = [_aliases(module.tree, _is_translate)]
        self.helper_bodies: list[bool] = [False]
        self.found: set[WindowString] = set()
        self.variables: list[tuple[int, str]] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        # tr = self.tr, and translate = QCoreApplication.translate, kept in a local name
        aliases = _aliases(node, _is_self_tr)
        translates = _aliases(node, _is_translate)
        is_helper = not self.classes and node.name in self.module.helpers
        self.tr_aliases.append(aliases)
        self.translate_aliases.append(translates | self.translate_aliases[-1])
        self.helper_bodies.append(is_helper or self.helper_bodies[-1])
        self.generic_visit(node)
        self.helper_bodies.pop()
        self.translate_aliases.pop()
        self.tr_aliases.pop()

    visit_AsyncFunctionDef = visit_FunctionDef  # type: ignore[assignment]

    def visit_Call(self, node: ast.Call) -> None:
        self._read(node)
        self.generic_visit(node)

    def _context_of(self, node: ast.expr) -> str | None:
        if _is_text(node):
            return _text(node)
        if isinstance(node, ast.Name):
            return self.module.constants.get(node.id)
        return None

    def _read(self, call: ast.Call) -> None:
        func, args = call.func, call.args
        if _is_self_tr(func) or (
            isinstance(func, ast.Name) and func.id in self.tr_aliases[-1] and self.classes
        ):
            self._class_string(call, args)
        elif (
            _is_translate(func)
            or (isinstance(func, ast.Name) and func.id in self.translate_aliases[-1])
        ) and len(args) >= 2:
            self._translate(call, args)
        elif isinstance(func, ast.Name) and func.id in ("QT_TRANSLATE_NOOP", "QT_TRANSLATE_NOOP3"):
            context = self._context_of(args[0]) if args else None
            if context is not None and len(args) >= 2 and _is_text(args[1]):
                dis = _text(args[2]) if len(args) >= 3 and _is_text(args[2]) else ""
                self.found.add(WindowString(context, _text(args[1]), dis))
        elif isinstance(func, ast.Name) and func.id == "QT_TR_NOOP":
            if self.classes and args and _is_text(args[0]):
                self.found.add(WindowString(self.classes[-1], _text(args[0])))
        elif isinstance(func, ast.Name) and func.id in self.helpers:
            self._helper_call(call, self.helpers[func.id])

    def _class_string(self, call: ast.Call, args: list[ast.expr]) -> None:
        if not self.classes:
            return
        if not args or not _is_text(args[0]):
            self._variable(call)
            return
        dis = _text(args[1]) if len(args) >= 2 and _is_text(args[1]) else ""
        plural = len(args) >= 3 and not _is_no_count(args[2])
        self.found.add(WindowString(self.classes[-1], _text(args[0]), dis, plural))

    def _translate(self, call: ast.Call, args: list[ast.expr]) -> None:
        context = self._context_of(args[0])
        if context is None or not _is_text(args[1]):
            if not self.helper_bodies[-1]:
                self._variable(call)
            return
        dis = _text(args[2]) if len(args) >= 3 and _is_text(args[2]) else ""
        plural = len(args) >= 4 and not _is_no_count(args[3])
        self.found.add(WindowString(context, _text(args[1]), dis, plural))

    def _helper_call(self, call: ast.Call, helper: Helper) -> None:
        args = call.args
        if len(args) <= helper.text_arg:
            return
        text = args[helper.text_arg]
        context = helper.context
        if helper.context_arg is not None:
            context = self._context_of(args[helper.context_arg]) if args else None
        if context is None or not _is_text(text):
            if not self.helper_bodies[-1]:
                self._variable(call)
            return
        plural = (
            helper.count_arg is not None
            and len(args) > helper.count_arg
            and not _is_no_count(args[helper.count_arg])
        )
        self.found.add(WindowString(context, _text(text), "", plural))

    def _variable(self, call: ast.Call) -> None:
        self.variables.append((call.lineno, ast.unparse(call)[:100]))


def _aliases(scope: ast.AST, is_wanted: Callable[[ast.expr], bool]) -> set[str]:
    """Local names given to a function in ``scope`` (``tr = self.tr``)."""
    return {
        target.id
        for statement in ast.walk(scope)
        if isinstance(statement, ast.Assign) and is_wanted(statement.value)
        for target in statement.targets
        if isinstance(target, ast.Name)
    }


def _is_self_tr(node: ast.expr) -> bool:
    return (
        isinstance(node, ast.Attribute)
        and node.attr == "tr"
        and isinstance(node.value, ast.Name)
        and node.value.id == "self"
    )


def _is_no_count(node: ast.expr) -> bool:
    """``-1`` (Qt's "no count") or ``None``."""
    if isinstance(node, ast.Constant):
        return node.value is None
    return (
        isinstance(node, ast.UnaryOp)
        and isinstance(node.op, ast.USub)
        and isinstance(node.operand, ast.Constant)
    )


def iter_python_files(folder: Path) -> Iterator[Path]:
    """The Python files under ``folder``, in a stable order."""
    yield from sorted(folder.rglob("*.py"))
