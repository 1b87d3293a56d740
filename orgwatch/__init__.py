"""orgwatch: flags Chinese pages and posts likely run by illegal social organizations or soliciting charity fraud."""

__version__ = "0.1.0"
