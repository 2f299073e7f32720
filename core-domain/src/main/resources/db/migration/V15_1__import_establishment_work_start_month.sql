-- Issue 15 item 5: the import template's optional 在编/编外 column, and 参加工作时间 kept to the month
-- when that is all the source says: work_start_date then holds the first day of the month (for
-- date arithmetic only) and work_start_month_only says that the day is not known.
ALTER TABLE roster_import_row ADD COLUMN establishment VARCHAR(30);
ALTER TABLE worker ADD COLUMN work_start_month_only BOOLEAN NOT NULL DEFAULT FALSE;
