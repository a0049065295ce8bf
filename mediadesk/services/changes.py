"""What a change to the library touched, so every view refreshes from one
hook (the idea of Anki's ``OpChanges``): the GUI applies a :class:`Changes`
after each write and each view looks at the fields that concern it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Changes:
    #: verdicts of assets may differ: those of ``asset_ids``, or all when empty
    assets: bool = False
    asset_ids: tuple[str, ...] = ()
    #: assets or events came or went (the grid's list, the sidebar)
    library: bool = False
    #: people, their forms, withdrawals, bans
    people: bool = False
    #: the library's settings
    settings: bool = False

    @classmethod
    def of_assets(cls, ids: Iterable[str] | None = None, **more: bool) -> Changes:
        """Verdicts of ``ids`` (None or empty: of every asset) may have changed."""
        return cls(assets=True, asset_ids=tuple(dict.fromkeys(ids or ())), **more)

    def __or__(self, other: Changes) -> Changes:
        assets = self.assets or other.assets
        every = (self.assets and not self.asset_ids) or (other.assets and not other.asset_ids)
        ids = () if every or not assets else tuple(dict.fromkeys(self.asset_ids + other.asset_ids))
        return Changes(
            assets=assets,
            asset_ids=ids,
            library=self.library or other.library,
            people=self.people or other.people,
            settings=self.settings or other.settings,
        )
