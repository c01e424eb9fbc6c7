-- Run once by the postgres image, on an empty data volume (docker compose down -v starts over).
-- The same role and databases ./yt-autopilot creates on the local PostgreSQL: one database per
-- service (its yt.database.name) and one for the Apicurio Registry's SQL storage.
CREATE ROLE ytap LOGIN PASSWORD 'ytap';
CREATE DATABASE trend OWNER ytap;
CREATE DATABASE editorial OWNER ytap;
CREATE DATABASE review OWNER ytap;
CREATE DATABASE production OWNER ytap;
CREATE DATABASE publish OWNER ytap;
CREATE DATABASE ytap_registry OWNER ytap;
