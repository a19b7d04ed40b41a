"""Small pieces every window shares: theme, labels, accessible names, message boxes, save checks."""
