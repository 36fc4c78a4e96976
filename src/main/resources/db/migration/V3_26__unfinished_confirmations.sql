-- When a receipt was claimed for confirming, so an item left in CONFIRMING by a stop in the middle (the app died between
-- recording the payment and marking the item) can be finished: its payment has an id derived from the item.
ALTER TABLE receipt ADD COLUMN confirming_since TIMESTAMP WITH TIME ZONE;
