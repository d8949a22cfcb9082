"""The late Chinese first-contact sets (zh_first_contact5 on), in order, as one table.

``check_sets.py`` and ``kb_real.py`` loop over it, so a new set is one more name here. Each
named module holds ``EN_OVER_ZH_FC<n>``, ``ZH_FC<n>`` and ``ZH_UNANSWERABLE_FC<n>``; from the
sixth on, also ``DOC_FOLDERS`` (folders beside the checkout) and ``OUTSIDE_SHARED``.
"""

LATE_ZH = tuple(f"zh_first_contact{n}" for n in range(5, 20))


def suffix(name: str) -> str:
    """The suffix of a late set's list names: "FC7" for zh_first_contact7."""
    return "FC" + name.removeprefix("zh_first_contact")
