"""The planner: the phase of the review cycle, whether coaching is worth it, the dated checklist."""
