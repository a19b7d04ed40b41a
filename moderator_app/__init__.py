"""moderator-app: a live console for multistakeholder sessions (IGF round tables and the like)."""

__version__ = "0.1.0"
APP_NAME = "moderator-app"
APP_ID = "org.igfsessions.ModeratorApp"
