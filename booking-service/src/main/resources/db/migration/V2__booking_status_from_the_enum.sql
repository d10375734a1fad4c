-- The list of booking states lives in one place, BookingStatus (ADR 008, CONTRIBUTING.md "adding a booking state"):
-- the column no longer repeats it. Only the aggregate writes a status (Hibernate maps the enum by name and refuses an
-- unknown one on read), and no SQL changes a status any more. The paid ⇒ paid_at guard stays.
ALTER TABLE bookings DROP CONSTRAINT bookings_status_check;
