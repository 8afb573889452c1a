"""The frameworks and templates the app knows about, and turning tag keys into tags.

Built-in files ship with the app; a broken one is a packaging fault and raises. Frameworks a
user imported live in a folder of their own; a broken one is skipped and described in
:attr:`Catalogue.problems`, because one bad file must never stop the journal from opening.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import TypeVar

from journal_app.core.datafiles import DataFileError
from journal_app.core.errors import InvalidInputError, StorageError
from journal_app.core.frameworks import (
    Framework,
    FrameworkFileError,
    framework_to_json,
    load_framework,
)
from journal_app.core.messages import Message, current_language
from journal_app.core.models import Tag
from journal_app.core.resources import resource_path
from journal_app.core.templates import Template, TemplateFileError, load_template
from journal_app.core.translated_data import translated_framework, translated_template

#: the order built-in frameworks are offered in; any others follow by title
_FRAMEWORK_ORDER = (
    "kss-pl",
    "kss-ps",
    "kss-cfp",
    "ecs",
    "kss-ps-adults",
    "pcf",
    "swe",
    "scw",
)
#: free-form first because it is the default for a new entry; then a rough teaching order
_TEMPLATE_ORDER = ("free-form", "gibbs", "kolb", "driscoll", "schon", "morrison-4x4x4", "swe-cpd")


class Catalogue:
    """Every framework and template available, built-in and user-imported."""

    default_framework_id = "kss-pl"

    def __init__(
        self,
        frameworks: Iterable[Framework],
        templates: Iterable[Template],
        user_frameworks: Iterable[Framework] = (),
        problems: Iterable[Message] = (),
        today: date | None = None,
    ) -> None:
        """Built-in ``frameworks`` and ``templates`` plus user imports.

        A built-in framework may come in several versions (each its own file); every other
        id must be unique. The version offered for new tags is the one in force ``today``.
        """
        self._today = today or date.today()
        self._versions = _versions_by_id(frameworks)
        self._builtin = {
            framework_id: current_version(versions, self._today)
            for framework_id, versions in self._versions.items()
        }
        self._templates = _by_id(templates, "template")
        self._user: dict[str, Framework] = {}
        self._problems = list(problems)
        # where the built-in files were read from, and in which language (see in_language)
        self._folders: tuple[Path, Path] | None = None
        self._language: str | None = None
        self._other_languages: dict[str, Catalogue] = {}
        for framework in user_frameworks:
            self._add_user_framework(framework, framework.id)

    @classmethod
    def builtin(
        cls,
        user_frameworks_dir: Path | None = None,
        today: date | None = None,
        language: str | None = None,
    ) -> Catalogue:
        """The frameworks and templates shipped with the app, plus any the user imported,
        in ``language`` (default: the current one) where a translation is shipped."""
        return cls.from_folders(
            resource_path("frameworks"),
            resource_path("templates"),
            user_frameworks_dir,
            today,
            language,
        )

    @classmethod
    def from_folders(
        cls,
        frameworks_dir: Path,
        templates_dir: Path,
        user_frameworks_dir: Path | None = None,
        today: date | None = None,
        language: str | None = None,
    ) -> Catalogue:
        """Load built-in files from two folders (a fault raises) and user frameworks (skipped).

        A built-in file's translation into ``language`` (default: the current language),
        in a subfolder named after the language, replaces its words; an imported framework
        is shown as it was written.
        """
        language = language or current_language()
        frameworks = []
        for path in _json_files(frameworks_dir, FrameworkFileError):
            framework = load_framework(path)
            # a framework with several versions ships one file per version: id@version.json
            if path.stem != f"{framework.id}@{framework.version}":
                _check_name(path, framework.id, FrameworkFileError)
            frameworks.append(translated_framework(framework, path, language))
        templates = []
        for path in _json_files(templates_dir, TemplateFileError):
            template = load_template(path)
            _check_name(path, template.id, TemplateFileError)
            templates.append(translated_template(template, path, language))
        catalogue = cls(frameworks, templates, today=today)
        catalogue._folders = (frameworks_dir, templates_dir)
        catalogue._language = language
        if user_frameworks_dir is not None:
            catalogue._load_user_folder(user_frameworks_dir)
        return catalogue

    def in_language(self, language: str) -> Catalogue:
        """The same frameworks and templates with the built-in ones' words in ``language``
        (an appraisal PDF may be in a language other than the app's). Imported frameworks
        are as they were written. A catalogue not read from folders has no translations:
        it is returned as it is."""
        if self._folders is None or language == self._language:
            return self
        found = self._other_languages.get(language)
        if found is None:
            found = Catalogue.from_folders(*self._folders, today=self._today, language=language)
            self._other_languages[language] = found
        found._user = dict(self._user)  # as imported here, even since the last call
        return found

    @property
    def frameworks(self) -> tuple[Framework, ...]:
        """Built-in frameworks (KSS for practice leaders first), then imported ones by title."""
        builtin = sorted(
            self._builtin.values(), key=lambda f: _rank(f.id, f.title, _FRAMEWORK_ORDER)
        )
        imported = sorted(self._user.values(), key=lambda f: f.title.casefold())
        return (*builtin, *imported)

    @property
    def templates(self) -> tuple[Template, ...]:
        """Templates with free-form (the default) first."""
        return tuple(
            sorted(self._templates.values(), key=lambda t: _rank(t.id, t.title, _TEMPLATE_ORDER))
        )

    @property
    def problems(self) -> tuple[str, ...]:
        """Why any user-imported framework files were skipped, one message each (in words)."""
        return tuple(str(problem) for problem in self._problems)

    @property
    def today(self) -> date:
        """The day the catalogue judges which versions are in force."""
        return self._today

    def versions(self, framework_id: str) -> tuple[Framework, ...]:
        """Every version of a framework, oldest first (one for most frameworks)."""
        if framework_id in self._versions:
            return self._versions[framework_id]
        return (self.framework(framework_id),)

    def framework_at(self, framework_id: str, version: str) -> Framework | None:
        """The framework at a given version, or ``None`` if that version is not installed."""
        for framework in self._versions.get(framework_id, ()):
            if framework.version == version:
                return framework
        user = self._user.get(framework_id)
        return user if user is not None and user.version == version else None

    def framework_of(self, tag: Tag) -> Framework | None:
        """The version of the framework a tag was made against, else the current one."""
        if tag.framework_version:
            found = self.framework_at(tag.framework_id, tag.framework_version)
            if found is not None:
                return found
        return self._builtin.get(tag.framework_id) or self._user.get(tag.framework_id)

    def newer_version(self, framework_id: str, version: str) -> Framework | None:
        """The installed version that replaces ``version``, if any."""
        for framework in self._versions.get(framework_id, ()):
            if framework.replaces is not None and framework.replaces.version == version:
                return framework
        return None

    def is_builtin(self, framework_id: str) -> bool:
        """Whether the framework ships with the app (and so cannot be replaced by an import)."""
        return framework_id in self._builtin

    def framework(self, framework_id: str) -> Framework:
        """The framework with this id, or InvalidInputError listing the known ids."""
        found = self._builtin.get(framework_id) or self._user.get(framework_id)
        if found is None:
            known = ", ".join(f.id for f in self.frameworks)
            raise InvalidInputError(
                "framework.unknown", framework=_short(framework_id), known=known
            )
        return found

    def template(self, template_id: str) -> Template:
        """The template with this id, or InvalidInputError listing the known ids."""
        found = self._templates.get(template_id)
        if found is None:
            known = ", ".join(t.id for t in self.templates)
            raise InvalidInputError("template.unknown", template=_short(template_id), known=known)
        return found

    def resolve_tag(self, key: str) -> Tag:
        """Turn a key such as ``kss-pl:5`` into a Tag carrying the framework's current version."""
        framework_id, colon, code = key.strip().partition(":")
        framework_id, code = framework_id.strip().lower(), code.strip()
        if not colon or not framework_id or not code or ":" in code:
            raise InvalidInputError(
                "tag.not_a_domain_tag", key=_short(key), example=self.default_framework_id
            )
        framework = self.framework(framework_id)
        if framework.domain(code) is None:
            raise InvalidInputError(
                "tag.unknown_domain",
                framework=framework.short_title,
                framework_id=framework.id,
                code=_short(code),
                valid=", ".join(framework.codes),
            )
        return Tag(framework.id, code, framework.version)

    def domain_title(self, tag: Tag) -> str:
        """A readable title for a tag, even one saved against an older or missing framework.

        A tag made against an older version that is still installed shows that version's
        title, named with its version, so an appraiser sees what the person tagged.
        """
        framework = self.framework_of(tag)
        if framework is None:
            return f"{tag.key} (framework not installed)"
        domain = framework.domain(tag.domain_code)
        if domain is None:
            return f"{tag.key} (no longer in framework)"
        current = self._builtin.get(tag.framework_id) or self._user.get(tag.framework_id)
        if tag.framework_version and current and tag.framework_version != current.version:
            return f"{domain.title} ({tag.framework_version} version)"
        return domain.title

    def import_framework(self, path: Path, user_frameworks_dir: Path) -> Framework:
        """Check a framework file, then save it into the user's folder and make it available.

        Importing a framework with the id of one imported earlier replaces it (a newer
        version); the id of a built-in framework is refused. The write is atomic: the folder
        holds the old file or the new one, never half of one.
        """
        framework = load_framework(path)
        if self.is_builtin(framework.id):
            raise FrameworkFileError(
                path.name,
                "id",
                Message(
                    "framework.builtin_id",
                    id=framework.id,
                    title=self._builtin[framework.id].short_title,
                ),
            )
        text = json.dumps(framework_to_json(framework), indent=2, ensure_ascii=False) + "\n"
        try:
            user_frameworks_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
            _write_atomically(user_frameworks_dir / f"{framework.id}.json", text)
        except OSError as exc:
            raise StorageError(
                "framework.not_saved", folder=user_frameworks_dir, reason=exc.strerror or exc
            ) from None
        self._user[framework.id] = framework
        return framework

    def _load_user_folder(self, folder: Path) -> None:
        if not folder.exists():
            return  # nothing imported yet
        try:
            # iterdir, not glob: glob quietly skips a folder it may not read
            paths = sorted(path for path in folder.iterdir() if path.suffix == ".json")
        except OSError as exc:
            self._problems.append(
                Message(
                    "framework.user_folder_unreadable", folder=folder, reason=exc.strerror or exc
                )
            )
            return
        for path in paths:
            try:
                framework = load_framework(path)
            except FrameworkFileError as exc:
                self._problems.append(exc.message)
                continue
            self._add_user_framework(framework, path.name)

    def _add_user_framework(self, framework: Framework, source_name: str) -> None:
        if framework.id in self._builtin or framework.id in self._user:
            code = (
                "framework.skipped_builtin_id"
                if framework.id in self._builtin
                else "framework.skipped_used_id"
            )
            self._problems.append(Message(code, name=source_name, id=framework.id))
            return
        self._user[framework.id] = framework


def _versions_by_id(frameworks: Iterable[Framework]) -> dict[str, tuple[Framework, ...]]:
    found: dict[str, list[Framework]] = {}
    for framework in frameworks:
        same = found.setdefault(framework.id, [])
        if any(other.version == framework.version for other in same):
            raise ValueError(
                f"Two built-in frameworks share the id '{framework.id}' "
                f"and the version '{framework.version}'"
            )
        same.append(framework)
    return {
        framework_id: tuple(sorted(versions, key=_age)) for framework_id, versions in found.items()
    }


def _age(framework: Framework) -> tuple[date, int, str]:
    return framework.in_force_from or date.min, framework.year, framework.version


def current_version(versions: Iterable[Framework], day: date) -> Framework:
    """The newest version in force on ``day``; failing that, the newest that has started,
    and failing that the oldest (a framework published before it applies)."""
    ordered = sorted(versions, key=_age)
    in_force = [f for f in ordered if f.in_force_on(day)]
    if in_force:
        return in_force[-1]
    started = [f for f in ordered if f.in_force_from is None or f.in_force_from <= day]
    return started[-1] if started else ordered[0]


_Item = TypeVar("_Item", Framework, Template)


def _by_id(items: Iterable[_Item], kind: str) -> dict[str, _Item]:
    found: dict[str, _Item] = {}
    for item in items:
        if item.id in found:
            raise ValueError(f"Two built-in {kind}s share the id '{item.id}'")
        found[item.id] = item
    return found


def _json_files(folder: Path, error: type[DataFileError]) -> list[Path]:
    try:
        return sorted(path for path in folder.iterdir() if path.suffix == ".json")
    except OSError:
        # built-in folders missing means a broken installation, not a user mistake
        raise error(str(folder), "", Message("datafile.builtin_folder_missing")) from None


def _check_name(path: Path, item_id: str, error: type[DataFileError]) -> None:
    # built-ins are found by id, and the file name is what a maintainer searches for
    if path.stem != item_id:
        raise error(path.name, "id", Message("datafile.id_not_file_name", id=item_id))


def _rank(item_id: str, title: str, order: tuple[str, ...]) -> tuple[int, str]:
    position = order.index(item_id) if item_id in order else len(order)
    return position, title.casefold()


def _short(text: str, limit: int = 60) -> str:
    # keys come from users; a pasted paragraph should not fill an error dialog
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _write_atomically(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` via a private temp file in the same folder and a rename."""
    handle, temp_name = tempfile.mkstemp(dir=path.parent, prefix=".import-", suffix=".tmp")
    temp = Path(temp_name)
    try:
        os.chmod(temp, 0o600)
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    _sync_folder(path.parent)


def _sync_folder(folder: Path) -> None:
    # the rename itself is only durable once the folder is synced; Windows cannot open folders
    if os.name == "nt":
        return
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass  # some file systems refuse to sync folders; the file itself is already synced
    finally:
        os.close(descriptor)
