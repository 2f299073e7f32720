-- Contact phones of units may be landlines with area code: the masked copy (e.g. 0514-****4321) needs more than 11 characters.
ALTER TABLE declaration MODIFY contact_phone_masked VARCHAR(20) NOT NULL;
