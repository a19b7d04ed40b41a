"""The application's services, without Qt: the library that owns the data folder, and the open session's console."""
