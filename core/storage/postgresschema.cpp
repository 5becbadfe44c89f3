// The schema of the team catalog on PostgreSQL, with the rights grid that the server enforces.
// Step i brings slipway.meta's schema from i to i + 1; a released step never changes.
//
// The grid of a module (columns of slipway.modules): owner (the role that created it, set by
// the server), group_members (role names; a member of any of those roles is in the group),
// is_public, and owner_rights, group_rights, public_rights as bits: 1 get, 2 edit, 4 run,
// 8 delete, 16 create children. A role may do X when, as SlipStream decided it:
//   the module is public and public rights have X; otherwise
//   the role owns the module: owner rights decide; otherwise
//   group rights have X and the role is in the module's group.
// A module that names no group members inherits the group of its nearest ancestor that names
// some (SlipStream's inherited group members); none: an empty group.
// Creating a module needs "create children" on its nearest existing ancestor; a path with no
// ancestor in the catalog may be created by every member.
//
// Enforced by: row-level security (what a role sees and may insert), triggers (which columns
// an update may change: edit, delete/restore, the grid only by its owner, the owner never;
// versions only appended one by one and attributed to the role saving them), and SECURITY
// DEFINER functions where a check reads rows that the role may not see (the group of an
// ancestor, the parent's "create children"). The functions are PL/pgSQL so that their plans
// are kept for the session (an SQL function's are made again on every call). The administrator who ran init-team owns the
// tables and is not bound by the policies (SlipStream's super user).

#include "postgresbackend.h"

using namespace Qt::StringLiterals;

namespace Slipway {

namespace {

// The grid's test inline, on the columns of the slipway.modules row being checked (a policy
// reads them without a function call when the answer is on the row itself).
QString allowedOnRow(int bit)
{
    // A module that names its group is checked against the roles of the caller, gathered
    // once per statement (an InitPlan); one that inherits its group asks in_group().
    return uR"((is_public AND public_rights & %1 <> 0) OR CASE WHEN owner = current_user
        THEN owner_rights & %1 <> 0
        ELSE group_rights & %1 <> 0 AND CASE WHEN cardinality(group_members) > 0
            THEN group_members && (SELECT slipway.my_roles())
            ELSE slipway.in_group(id, current_user) END END)"_s.arg(bit);
}

QStringList teamSchemaOne()
{
    return {
        u"CREATE SCHEMA IF NOT EXISTS slipway"_s,
        uR"(DO $$ BEGIN
            IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'slipway_members') THEN
                CREATE ROLE slipway_members NOLOGIN;
            END IF;
        END $$)"_s,
        u"CREATE TABLE slipway.meta (key text PRIMARY KEY, value text NOT NULL)"_s,
        u"INSERT INTO slipway.meta (key, value) VALUES ('schema', '0')"_s,
        uR"(CREATE TABLE slipway.modules (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            path text COLLATE "C" NOT NULL UNIQUE,
            kind text NOT NULL CHECK (kind IN ('project', 'image', 'deployment')),
            latest_version integer NOT NULL DEFAULT 0,
            deleted integer NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
            deleted_at text,
            deleted_by text,
            description text NOT NULL DEFAULT '',
            modified_at text NOT NULL DEFAULT '',
            owner name NOT NULL DEFAULT current_user,
            group_members text[] NOT NULL DEFAULT '{}',
            is_public boolean NOT NULL DEFAULT false,
            owner_rights integer NOT NULL DEFAULT 31,
            group_rights integer NOT NULL DEFAULT 1,
            public_rights integer NOT NULL DEFAULT 1))"_s,
        uR"(CREATE TABLE slipway.versions (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            module_id bigint NOT NULL REFERENCES slipway.modules (id) ON DELETE CASCADE,
            version integer NOT NULL CHECK (version >= 1),
            author text NOT NULL,
            saved_at text NOT NULL,
            comment text NOT NULL DEFAULT '',
            content text NOT NULL,
            name text NOT NULL,
            description text NOT NULL DEFAULT '',
            recipe_text text NOT NULL DEFAULT '',
            build_hash text NOT NULL DEFAULT '',
            UNIQUE (module_id, version)))"_s,
        uR"(CREATE TABLE slipway.built_images (
            version_id bigint NOT NULL REFERENCES slipway.versions (id) ON DELETE CASCADE,
            cloud text NOT NULL,
            image_id text NOT NULL,
            from_version integer NOT NULL,
            built_at text NOT NULL,
            PRIMARY KEY (version_id, cloud)))"_s,

        // The proper ancestors of a path, nearest first: a/b/c → {a/b, a}.
        uR"(CREATE FUNCTION slipway.ancestors(p_path text) RETURNS text[]
            LANGUAGE plpgsql IMMUTABLE STRICT AS $$
            BEGIN RETURN (SELECT coalesce(array_agg(array_to_string(p.parts[1:i], '/') ORDER BY i DESC),
                            '{}')
            FROM (SELECT string_to_array(p_path, '/') AS parts) p,
                 generate_series(1, cardinality(p.parts) - 1) AS i); END $$)"_s,
        // The roles the caller is a member of (itself included), by name.
        uR"(CREATE FUNCTION slipway.my_roles() RETURNS text[]
            LANGUAGE plpgsql STABLE SET search_path = slipway, pg_catalog AS $$
            BEGIN RETURN (SELECT coalesce(array_agg(r.rolname::text), '{}') FROM pg_roles r
            WHERE pg_has_role(current_user, r.oid, 'MEMBER')); END $$)"_s,
        // The group of a module: its own members, else those of the nearest ancestor that
        // names some.
        uR"(CREATE FUNCTION slipway.group_of(p_path text, p_own text[]) RETURNS text[]
            LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = slipway, pg_catalog AS $$
            BEGIN RETURN (SELECT CASE WHEN cardinality(p_own) > 0 THEN p_own ELSE coalesce(
                (SELECT m.group_members FROM slipway.modules m
                 WHERE m.path = ANY (slipway.ancestors(p_path))
                   AND cardinality(m.group_members) > 0
                 ORDER BY length(m.path) DESC LIMIT 1), '{}') END); END $$)"_s,
        uR"(CREATE FUNCTION slipway.in_group(p_id bigint, p_role name) RETURNS boolean
            LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = slipway, pg_catalog AS $$
            BEGIN RETURN (SELECT EXISTS (SELECT 1 FROM slipway.modules m, pg_roles r
                WHERE m.id = p_id AND r.rolname = ANY (slipway.group_of(m.path, m.group_members))
                  AND pg_has_role(p_role, r.oid, 'MEMBER'))); END $$)"_s,
        uR"(CREATE FUNCTION slipway.allowed(p_id bigint, p_bit integer, p_role name)
            RETURNS boolean
            LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = slipway, pg_catalog AS $$
            BEGIN RETURN (SELECT coalesce((SELECT (m.is_public AND m.public_rights & p_bit <> 0)
                OR CASE WHEN m.owner = p_role THEN m.owner_rights & p_bit <> 0
                   ELSE m.group_rights & p_bit <> 0 AND slipway.in_group(m.id, p_role) END
                FROM slipway.modules m WHERE m.id = p_id), false)); END $$)"_s,
        uR"(CREATE FUNCTION slipway.can_create(p_path text, p_role name) RETURNS boolean
            LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = slipway, pg_catalog AS $$
            BEGIN RETURN (SELECT coalesce((SELECT slipway.allowed(m.id, 16, p_role) FROM slipway.modules m
                WHERE m.path = ANY (slipway.ancestors(p_path))
                ORDER BY length(m.path) DESC LIMIT 1), true)); END $$)"_s,
        uR"(CREATE FUNCTION slipway.version_module(p_version bigint) RETURNS bigint
            LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = slipway, pg_catalog AS $$
            BEGIN RETURN (SELECT module_id FROM slipway.versions WHERE id = p_version); END $$)"_s,
        // Whether an image id was already recorded on another version of the same module
        // (a save carries the builds of an unchanged build over to the new version).
        uR"(CREATE FUNCTION slipway.built_before(p_version bigint, p_cloud text, p_image text)
            RETURNS boolean
            LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = slipway, pg_catalog AS $$
            BEGIN RETURN (SELECT EXISTS (SELECT 1 FROM slipway.built_images b
                JOIN slipway.versions v ON v.id = b.version_id
                WHERE v.module_id = slipway.version_module(p_version) AND b.cloud = p_cloud
                  AND b.image_id = p_image AND b.version_id <> p_version)); END $$)"_s,
        // The rights of the calling role on a module, as bits; for a path with no module
        // (or one the role may not see): 16 when the role may create it, else 0.
        uR"(CREATE FUNCTION slipway.my_rights(p_path text) RETURNS integer
            LANGUAGE plpgsql STABLE SET search_path = slipway, pg_catalog AS $$
            BEGIN RETURN (SELECT coalesce(
                (SELECT (SELECT coalesce(sum(b), 0)::integer FROM unnest(ARRAY[1, 2, 4, 8, 16]) b
                         WHERE slipway.allowed(m.id, b, current_user))
                 FROM slipway.modules m WHERE m.path = p_path),
                CASE WHEN slipway.can_create(p_path, current_user) THEN 16 ELSE 0 END)); END $$)"_s,

        uR"(CREATE FUNCTION slipway.modules_insert() RETURNS trigger
            LANGUAGE plpgsql SET search_path = slipway, pg_catalog AS $$
            BEGIN
                IF NEW.owner IS DISTINCT FROM current_user THEN
                    RAISE EXCEPTION 'the owner of % is the role that creates it (%), not %',
                        NEW.path, current_user, NEW.owner
                        USING ERRCODE = 'insufficient_privilege';
                END IF;
                IF NEW.latest_version <> 0 OR NEW.deleted <> 0 THEN
                    RAISE EXCEPTION 'a new module (%) starts with no version and not deleted',
                        NEW.path USING ERRCODE = 'check_violation';
                END IF;
                RETURN NEW;
            END $$)"_s,
        u"CREATE TRIGGER modules_insert BEFORE INSERT ON slipway.modules"
        " FOR EACH ROW EXECUTE FUNCTION slipway.modules_insert()"_s,
        uR"(CREATE FUNCTION slipway.modules_update() RETURNS trigger
            LANGUAGE plpgsql SET search_path = slipway, pg_catalog AS $$
            BEGIN
                IF NEW.id <> OLD.id OR NEW.owner IS DISTINCT FROM OLD.owner THEN
                    RAISE EXCEPTION 'the owner of % cannot be changed', OLD.path
                        USING ERRCODE = 'insufficient_privilege';
                END IF;
                -- The administrator (who owns the tables) is bound by nothing.
                IF pg_has_role(current_user, (SELECT c.relowner FROM pg_class c
                                              WHERE c.oid = 'slipway.modules'::regclass),
                               'MEMBER') THEN
                    RETURN NEW;
                END IF;
                IF (NEW.group_members, NEW.is_public, NEW.owner_rights, NEW.group_rights,
                    NEW.public_rights) IS DISTINCT FROM (OLD.group_members, OLD.is_public,
                    OLD.owner_rights, OLD.group_rights, OLD.public_rights)
                   AND OLD.owner <> current_user THEN
                    RAISE EXCEPTION 'only the owner of % (%) may change who may do what with it',
                        OLD.path, OLD.owner USING ERRCODE = 'insufficient_privilege';
                END IF;
                IF (NEW.deleted, NEW.deleted_at, NEW.deleted_by)
                       IS DISTINCT FROM (OLD.deleted, OLD.deleted_at, OLD.deleted_by)
                   AND NOT slipway.allowed(OLD.id, 8, current_user) THEN
                    RAISE EXCEPTION '% may not delete or restore %', current_user, OLD.path
                        USING ERRCODE = 'insufficient_privilege';
                END IF;
                IF (NEW.path, NEW.kind, NEW.latest_version, NEW.description, NEW.modified_at)
                       IS DISTINCT FROM (OLD.path, OLD.kind, OLD.latest_version,
                                         OLD.description, OLD.modified_at)
                   AND NOT slipway.allowed(OLD.id, 2, current_user) THEN
                    RAISE EXCEPTION '% may not edit %', current_user, OLD.path
                        USING ERRCODE = 'insufficient_privilege';
                END IF;
                IF NEW.path <> OLD.path AND NOT slipway.can_create(NEW.path, current_user) THEN
                    RAISE EXCEPTION '% may not create modules where % would go (%)',
                        current_user, OLD.path, NEW.path USING ERRCODE = 'insufficient_privilege';
                END IF;
                IF NEW.latest_version < OLD.latest_version THEN
                    RAISE EXCEPTION 'the versions of % are never taken back', OLD.path
                        USING ERRCODE = 'check_violation';
                END IF;
                RETURN NEW;
            END $$)"_s,
        u"CREATE TRIGGER modules_update BEFORE UPDATE ON slipway.modules"
        " FOR EACH ROW EXECUTE FUNCTION slipway.modules_update()"_s,
        // Versions are appended one after the other: the next number or nothing (a save on a
        // stale base that slipped past the client's check fails here), by the role saving.
        uR"(CREATE FUNCTION slipway.versions_insert() RETURNS trigger
            LANGUAGE plpgsql SET search_path = slipway, pg_catalog AS $$
            DECLARE
                latest integer;
            BEGIN
                SELECT m.latest_version INTO latest FROM slipway.modules m
                    WHERE m.id = NEW.module_id FOR UPDATE;
                IF NOT FOUND THEN
                    RAISE EXCEPTION 'there is no module %', NEW.module_id
                        USING ERRCODE = 'foreign_key_violation';
                END IF;
                IF NEW.version <> latest + 1 THEN
                    RAISE EXCEPTION 'version % is not the next one (the latest is %): '
                        'someone saved meanwhile', NEW.version, latest
                        USING ERRCODE = 'serialization_failure';
                END IF;
                NEW.author := current_user;
                RETURN NEW;
            END $$)"_s,
        u"CREATE TRIGGER versions_insert BEFORE INSERT ON slipway.versions"
        " FOR EACH ROW EXECUTE FUNCTION slipway.versions_insert()"_s,
        // A new version is the module's latest at once, its description and time the
        // module's (also when added with raw SQL: the next save's base).
        uR"(CREATE FUNCTION slipway.versions_added() RETURNS trigger
            LANGUAGE plpgsql SET search_path = slipway, pg_catalog AS $$
            BEGIN
                UPDATE slipway.modules SET latest_version = NEW.version,
                        description = NEW.description, modified_at = NEW.saved_at
                    WHERE id = NEW.module_id AND latest_version < NEW.version;
                RETURN NULL;
            END $$)"_s,
        u"CREATE TRIGGER versions_added AFTER INSERT ON slipway.versions"
        " FOR EACH ROW EXECUTE FUNCTION slipway.versions_added()"_s,
        // Every change of a module is announced: "id latest_version". The id only: a
        // listener that may not see the module learns nothing more.
        uR"(CREATE FUNCTION slipway.modules_notify() RETURNS trigger
            LANGUAGE plpgsql SET search_path = slipway, pg_catalog AS $$
            BEGIN
                PERFORM pg_notify('slipway_catalog', NEW.id || ' ' || NEW.latest_version);
                RETURN NULL;
            END $$)"_s,
        u"CREATE TRIGGER modules_notify AFTER INSERT OR UPDATE ON slipway.modules"
        " FOR EACH ROW EXECUTE FUNCTION slipway.modules_notify()"_s,

        u"ALTER TABLE slipway.modules ENABLE ROW LEVEL SECURITY"_s,
        u"CREATE POLICY module_get ON slipway.modules FOR SELECT USING ("_s + allowedOnRow(1) + u')',
        u"CREATE POLICY module_create ON slipway.modules FOR INSERT WITH CHECK ("
        " owner = current_user AND slipway.can_create(path, current_user))"_s,
        // Which columns may change is the update trigger's business.
        u"CREATE POLICY module_change ON slipway.modules FOR UPDATE USING ("_s + allowedOnRow(1)
            + u") WITH CHECK (true)"_s,
        u"ALTER TABLE slipway.versions ENABLE ROW LEVEL SECURITY"_s,
        // A version is seen with its module (the module's own policy decides).
        u"CREATE POLICY version_get ON slipway.versions FOR SELECT"
        " USING (EXISTS (SELECT 1 FROM slipway.modules m WHERE m.id = module_id))"_s,
        u"CREATE POLICY version_save ON slipway.versions FOR INSERT"
        " WITH CHECK (slipway.allowed(module_id, 2, current_user))"_s,
        u"ALTER TABLE slipway.built_images ENABLE ROW LEVEL SECURITY"_s,
        u"CREATE POLICY built_get ON slipway.built_images FOR SELECT"
        " USING (slipway.allowed(slipway.version_module(version_id), 1, current_user))"_s,
        u"CREATE POLICY built_record ON slipway.built_images FOR INSERT WITH CHECK ("
        " slipway.allowed(slipway.version_module(version_id), 4, current_user)"
        " OR (slipway.allowed(slipway.version_module(version_id), 2, current_user)"
        "     AND slipway.built_before(version_id, cloud, image_id)))"_s,
        u"CREATE POLICY built_rerecord ON slipway.built_images FOR UPDATE"
        " USING (slipway.allowed(slipway.version_module(version_id), 4, current_user))"
        " WITH CHECK (slipway.allowed(slipway.version_module(version_id), 4, current_user))"_s,
        u"CREATE POLICY built_forget ON slipway.built_images FOR DELETE"
        " USING (slipway.allowed(slipway.version_module(version_id), 2, current_user))"_s,

        u"REVOKE ALL ON SCHEMA slipway FROM PUBLIC"_s,
        u"REVOKE ALL ON ALL FUNCTIONS IN SCHEMA slipway FROM PUBLIC"_s,
        u"GRANT USAGE ON SCHEMA slipway TO slipway_members"_s,
        u"GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA slipway TO slipway_members"_s,
        u"GRANT SELECT ON slipway.meta TO slipway_members"_s,
        u"GRANT SELECT, INSERT, UPDATE ON slipway.modules TO slipway_members"_s,
        u"GRANT SELECT, INSERT ON slipway.versions TO slipway_members"_s,
        u"GRANT SELECT, INSERT, UPDATE, DELETE ON slipway.built_images TO slipway_members"_s,
    };
}

} // namespace

const QList<PostgresBackend::Migration> &PostgresBackend::migrations()
{
    static const QList<Migration> steps{
        {"team catalog: modules, versions, built images, the rights grid and its policies",
         teamSchemaOne},
    };
    return steps;
}

} // namespace Slipway
