-- What the ward chooses to tell the reporter about a resolved tip (optional)
ALTER TABLE tip ADD COLUMN public_outcome VARCHAR(1000);
