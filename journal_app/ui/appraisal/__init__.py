"""The appraisal workspace: self-assessment, last period's objectives, the plan, feedback."""
