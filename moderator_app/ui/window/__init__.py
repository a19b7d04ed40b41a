"""The main window, assembled from its panels, its action table and its refresh."""
