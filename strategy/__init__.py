"""Force-wide strategy documents. Stands apart from boroughs: they belong to the whole force and
only link to borough pages."""
