-- Push notifications: one row per device, so the recipient may be an FCM registration token (up to
-- 512 characters, as device_token keeps them), and the row keeps the data the app reads beside the
-- title and body (a JSON object of strings).
alter table notification alter column recipient set data type varchar(512);
alter table notification add column push_data varchar(4000);
