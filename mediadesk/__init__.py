"""MediaDesk: consent checks for school photos and clips, offline."""

__version__ = "0.1.0"
