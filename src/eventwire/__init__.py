"""eventwire: conflict news to structured, source-linked event data, offline.

>>> from eventwire import code
>>> result = code("Syrian helicopters dropped barrel bombs on Kafr Nabudah.", date="2019-05-06")
>>> result.to_dict()["sentences"][0]["end"]
56
"""

from __future__ import annotations

import logging

from eventwire.model import Document, Result
from eventwire.pipeline import code
from eventwire.version import __version__

__all__ = ["Document", "Result", "__version__", "code"]

logging.getLogger(__name__).addHandler(logging.NullHandler())
