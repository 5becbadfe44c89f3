-- A catalog as the first schema (user_version 1) left it: modules and versions only, no
-- built images, no search index. tst_catalog opens it to prove the migrations.
CREATE TABLE modules (
  id INTEGER PRIMARY KEY,
  path TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL CHECK (kind IN ('project', 'image', 'deployment')),
  latest_version INTEGER NOT NULL DEFAULT 0,
  deleted INTEGER NOT NULL DEFAULT 0,
  deleted_at TEXT,
  deleted_by TEXT);
CREATE TABLE versions (
  id INTEGER PRIMARY KEY,
  module_id INTEGER NOT NULL REFERENCES modules(id) ON DELETE CASCADE,
  version INTEGER NOT NULL CHECK (version >= 1),
  author TEXT NOT NULL,
  saved_at TEXT NOT NULL,
  comment TEXT NOT NULL DEFAULT '',
  content TEXT NOT NULL,
  name TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  recipe_text TEXT NOT NULL DEFAULT '',
  UNIQUE (module_id, version));
INSERT INTO modules (id, path, kind, latest_version) VALUES (1, 'old', 'project', 1);
INSERT INTO modules (id, path, kind, latest_version) VALUES (2, 'old/tomcat', 'image', 2);
INSERT INTO versions VALUES (1, 1, 1, 'sixsq', '2015-07-01T20:23:41.298Z', 'Initial version',
  '{"authz":{"groupRights":["get"],"ownerRights":["get","edit","run","delete","create-children"],"publicRights":["get"]},"kind":"project","path":"old"}',
  'old', '', '');
INSERT INTO versions VALUES (2, 2, 1, 'sixsq', '2015-07-02T10:00:00.000Z', 'Initial version',
  '{"authz":{"groupRights":["get"],"ownerRights":["get","edit","run","delete","create-children"],"publicRights":["get"]},"image":{"native":true,"imageIds":[{"cloud":"local","imageId":"tomcat:8"}]},"kind":"image","path":"old/tomcat"}',
  'tomcat', '', '');
INSERT INTO versions VALUES (3, 2, 2, 'sixsq', '2015-07-03T10:00:00.000Z', 'Deploy hook',
  '{"authz":{"groupRights":["get"],"ownerRights":["get","edit","run","delete","create-children"],"publicRights":["get"]},"description":"Apache Tomcat","image":{"native":true,"imageIds":[{"cloud":"local","imageId":"tomcat:8"}],"recipes":{"execute":"#!/bin/sh\ncatalina.sh start\n"}},"kind":"image","path":"old/tomcat"}',
  'tomcat', 'Apache Tomcat', '#!/bin/sh
catalina.sh start
');
PRAGMA user_version = 1;
