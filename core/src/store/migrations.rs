//! Numbered schema steps. Step N brings a database from `user_version` N-1 to N; a step is
//! never edited once released, a change is a new step at the end.

use crate::model::error::{DbContext, Result};
use rusqlite::Connection;

/// The steps in order; `MIGRATIONS[i]` is step `i + 1`.
const MIGRATIONS: &[&str] = &[
    // 1: office profile, units with teams, staff.
    "CREATE TABLE office (
        id            INTEGER PRIMARY KEY CHECK (id = 1),
        gov_level     TEXT CHECK (gov_level IN ('provinsi', 'kabupaten', 'kota')),
        region        TEXT NOT NULL DEFAULT '',
        opd_name      TEXT NOT NULL DEFAULT '',
        address       TEXT NOT NULL DEFAULT '',
        city          TEXT NOT NULL DEFAULT '',
        phone         TEXT NOT NULL DEFAULT '',
        email         TEXT NOT NULL DEFAULT '',
        head_name     TEXT NOT NULL DEFAULT '',
        head_nip      TEXT NOT NULL DEFAULT '',
        head_golongan TEXT NOT NULL DEFAULT '',
        head_jabatan  TEXT NOT NULL DEFAULT ''
    );
    INSERT INTO office (id) VALUES (1);

    CREATE TABLE unit (
        id            INTEGER PRIMARY KEY,
        name          TEXT NOT NULL,
        service_class TEXT NOT NULL CHECK (service_class IN ('esensial', 'layanan_publik', 'administrasi')),
        parent_id     INTEGER REFERENCES unit (id) ON DELETE RESTRICT,
        position      INTEGER NOT NULL DEFAULT 0
    );
    CREATE UNIQUE INDEX unit_name_among_siblings ON unit (coalesce(parent_id, 0), name COLLATE NOCASE);

    CREATE TABLE staff (
        id            INTEGER PRIMARY KEY,
        kind          TEXT NOT NULL CHECK (kind IN ('pns', 'pppk', 'non_asn')),
        id_number     TEXT NOT NULL,
        name          TEXT NOT NULL,
        jabatan_class TEXT NOT NULL CHECK (jabatan_class IN
                        ('jpt_pratama', 'administrator', 'pengawas', 'fungsional', 'pelaksana')),
        jabatan       TEXT NOT NULL DEFAULT '',
        golongan      TEXT NOT NULL DEFAULT '',
        unit_id       INTEGER NOT NULL REFERENCES unit (id) ON DELETE RESTRICT,
        team_id       INTEGER REFERENCES unit (id) ON DELETE RESTRICT,
        phone         TEXT NOT NULL DEFAULT '',
        active        INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now')),
        updated_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now'))
    );
    CREATE UNIQUE INDEX staff_id_number ON staff (id_number);
    CREATE INDEX staff_unit ON staff (unit_id);
    CREATE INDEX staff_team ON staff (team_id);",
    // 2: circulars with their history, the clerk's choice on overlapping days, the holiday
    // calendar (2025 and 2026 shipped, SKB 3 Menteri) and each unit's working week.
    "CREATE TABLE circular (
        id         INTEGER PRIMARY KEY,
        key        TEXT NOT NULL UNIQUE,
        body       TEXT NOT NULL,
        created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now')),
        updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now'))
    );
    CREATE TABLE circular_history (
        id          INTEGER PRIMARY KEY,
        circular_id INTEGER NOT NULL REFERENCES circular (id) ON DELETE CASCADE,
        action      TEXT NOT NULL CHECK (action IN ('tambah', 'ubah')),
        body        TEXT NOT NULL,
        at          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f', 'now'))
    );
    CREATE TABLE circular_choice (
        day          TEXT PRIMARY KEY,
        circular_key TEXT NOT NULL REFERENCES circular (key) ON DELETE CASCADE ON UPDATE CASCADE
    );
    CREATE TABLE holiday (
        day  TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('libur', 'cuti_bersama'))
    );
    INSERT INTO holiday (day, name, kind) VALUES
        ('2025-01-01', 'Tahun Baru 2025 Masehi', 'libur'),
        ('2025-01-27', 'Isra Mikraj Nabi Muhammad SAW', 'libur'),
        ('2025-01-28', 'Cuti bersama Tahun Baru Imlek', 'cuti_bersama'),
        ('2025-01-29', 'Tahun Baru Imlek 2576 Kongzili', 'libur'),
        ('2025-03-28', 'Cuti bersama Hari Suci Nyepi', 'cuti_bersama'),
        ('2025-03-29', 'Hari Suci Nyepi Tahun Baru Saka 1947', 'libur'),
        ('2025-03-31', 'Idulfitri 1446 H', 'libur'),
        ('2025-04-01', 'Idulfitri 1446 H (hari kedua)', 'libur'),
        ('2025-04-02', 'Cuti bersama Idulfitri', 'cuti_bersama'),
        ('2025-04-03', 'Cuti bersama Idulfitri', 'cuti_bersama'),
        ('2025-04-04', 'Cuti bersama Idulfitri', 'cuti_bersama'),
        ('2025-04-07', 'Cuti bersama Idulfitri', 'cuti_bersama'),
        ('2025-04-18', 'Wafat Yesus Kristus', 'libur'),
        ('2025-04-20', 'Kebangkitan Yesus Kristus (Paskah)', 'libur'),
        ('2025-05-01', 'Hari Buruh Internasional', 'libur'),
        ('2025-05-12', 'Hari Raya Waisak 2569 BE', 'libur'),
        ('2025-05-13', 'Cuti bersama Hari Raya Waisak', 'cuti_bersama'),
        ('2025-05-29', 'Kenaikan Yesus Kristus', 'libur'),
        ('2025-05-30', 'Cuti bersama Kenaikan Yesus Kristus', 'cuti_bersama'),
        ('2025-06-01', 'Hari Lahir Pancasila', 'libur'),
        ('2025-06-06', 'Iduladha 1446 H', 'libur'),
        ('2025-06-09', 'Cuti bersama Iduladha', 'cuti_bersama'),
        ('2025-06-27', 'Tahun Baru Islam 1447 H', 'libur'),
        ('2025-08-17', 'Hari Kemerdekaan Republik Indonesia', 'libur'),
        ('2025-08-18', 'Cuti bersama Hari Kemerdekaan', 'cuti_bersama'),
        ('2025-09-05', 'Maulid Nabi Muhammad SAW', 'libur'),
        ('2025-12-25', 'Hari Raya Natal', 'libur'),
        ('2025-12-26', 'Cuti bersama Hari Raya Natal', 'cuti_bersama'),
        ('2026-01-01', 'Tahun Baru 2026 Masehi', 'libur'),
        ('2026-01-16', 'Isra Mikraj Nabi Muhammad SAW', 'libur'),
        ('2026-02-16', 'Cuti bersama Tahun Baru Imlek', 'cuti_bersama'),
        ('2026-02-17', 'Tahun Baru Imlek 2577 Kongzili', 'libur'),
        ('2026-03-18', 'Cuti bersama Hari Suci Nyepi', 'cuti_bersama'),
        ('2026-03-19', 'Hari Suci Nyepi Tahun Baru Saka 1948', 'libur'),
        ('2026-03-20', 'Cuti bersama Idulfitri', 'cuti_bersama'),
        ('2026-03-21', 'Idulfitri 1447 H', 'libur'),
        ('2026-03-22', 'Idulfitri 1447 H (hari kedua)', 'libur'),
        ('2026-03-23', 'Cuti bersama Idulfitri', 'cuti_bersama'),
        ('2026-03-24', 'Cuti bersama Idulfitri', 'cuti_bersama'),
        ('2026-04-03', 'Wafat Yesus Kristus', 'libur'),
        ('2026-04-05', 'Kebangkitan Yesus Kristus (Paskah)', 'libur'),
        ('2026-05-01', 'Hari Buruh Internasional', 'libur'),
        ('2026-05-14', 'Kenaikan Yesus Kristus', 'libur'),
        ('2026-05-15', 'Cuti bersama Kenaikan Yesus Kristus', 'cuti_bersama'),
        ('2026-05-27', 'Iduladha 1447 H', 'libur'),
        ('2026-05-28', 'Cuti bersama Iduladha', 'cuti_bersama'),
        ('2026-05-31', 'Hari Raya Waisak 2570 BE', 'libur'),
        ('2026-06-01', 'Hari Lahir Pancasila', 'libur'),
        ('2026-06-16', 'Tahun Baru Islam 1448 H', 'libur'),
        ('2026-08-17', 'Hari Kemerdekaan Republik Indonesia', 'libur'),
        ('2026-08-25', 'Maulid Nabi Muhammad SAW', 'libur'),
        ('2026-12-24', 'Cuti bersama Hari Raya Natal', 'cuti_bersama'),
        ('2026-12-25', 'Hari Raya Natal', 'libur');
    ALTER TABLE unit ADD COLUMN workdays INTEGER NOT NULL DEFAULT 5 CHECK (workdays IN (5, 6, 7));",
    // 3: the schedule: per person and working day WFO (O), WFH (H) or away (-), and whether
    // the clerk locked it by hand; and what the planner must respect: days a person is away
    // (leave, sick, official travel) or may not come in (symptomatic, WFH by decision).
    "CREATE TABLE assignment (
        staff_id INTEGER NOT NULL REFERENCES staff (id) ON DELETE RESTRICT,
        day      TEXT NOT NULL,
        code     TEXT NOT NULL CHECK (code IN ('O', 'H', '-')),
        locked   INTEGER NOT NULL DEFAULT 0 CHECK (locked IN (0, 1)),
        PRIMARY KEY (staff_id, day)
    ) WITHOUT ROWID;
    CREATE INDEX assignment_day ON assignment (day);
    CREATE TABLE availability (
        staff_id INTEGER NOT NULL REFERENCES staff (id) ON DELETE RESTRICT,
        day      TEXT NOT NULL,
        kind     TEXT NOT NULL CHECK (kind IN ('off', 'no_wfo')),
        reason   TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (staff_id, day)
    ) WITHOUT ROWID;",
    // 4: what really happened: presence per person and day (e-presensi codes, times), the
    // attendance machine's raw punches (so an import repeated changes nothing), reachability
    // calls to WFH staff, WFH activity notes, and the office's settings (hours, bands, the
    // remembered import mapping) as JSON values.
    "CREATE TABLE presence (
        staff_id   INTEGER NOT NULL REFERENCES staff (id) ON DELETE RESTRICT,
        day        TEXT NOT NULL,
        code       TEXT NOT NULL CHECK (code IN ('H', 'WFH', 'DL', 'TB', 'S', 'I', 'C', 'TK')),
        leave_kind TEXT CHECK (leave_kind IN ('CT', 'CB', 'CS', 'CM', 'CAP')),
        check_in   TEXT,
        check_out  TEXT,
        note       TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (staff_id, day)
    ) WITHOUT ROWID;
    CREATE INDEX presence_day ON presence (day);
    CREATE TABLE punch (
        staff_id INTEGER NOT NULL REFERENCES staff (id) ON DELETE RESTRICT,
        at       TEXT NOT NULL,
        PRIMARY KEY (staff_id, at)
    ) WITHOUT ROWID;
    CREATE TABLE reach_check (
        id       INTEGER PRIMARY KEY,
        staff_id INTEGER NOT NULL REFERENCES staff (id) ON DELETE RESTRICT,
        day      TEXT NOT NULL,
        at       TEXT NOT NULL,
        reached  INTEGER NOT NULL CHECK (reached IN (0, 1)),
        note     TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX reach_check_day ON reach_check (day);
    CREATE TABLE activity (
        staff_id INTEGER NOT NULL REFERENCES staff (id) ON DELETE RESTRICT,
        day      TEXT NOT NULL,
        note     TEXT NOT NULL,
        PRIMARY KEY (staff_id, day)
    ) WITHOUT ROWID;
    CREATE TABLE setting (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );",
    // 5: the audit trail: every change of every table (by triggers, see store/audit.rs) with
    // before and after as JSON, and one row per action that committed changes: who, which
    // action, the rows it covers and a SHA-256 chained from the previous action over all of
    // them. Neither table accepts an edit or a delete.
    "CREATE TABLE audit (
        id      INTEGER PRIMARY KEY,
        at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f', 'now', 'localtime')),
        tbl     TEXT NOT NULL,
        op      TEXT NOT NULL CHECK (op IN ('tambah', 'ubah', 'hapus', 'pulih')),
        row_key TEXT NOT NULL,
        before  TEXT,
        after   TEXT
    );
    CREATE TABLE audit_action (
        id        INTEGER PRIMARY KEY,
        at        TEXT NOT NULL,
        who       TEXT NOT NULL,
        action    TEXT NOT NULL,
        first_row INTEGER NOT NULL,
        last_row  INTEGER NOT NULL,
        hash      TEXT NOT NULL
    );
    CREATE INDEX audit_action_rows ON audit_action (first_row);
    CREATE TRIGGER audit_keep BEFORE DELETE ON audit
    BEGIN SELECT RAISE(ABORT, 'Riwayat perubahan tidak boleh dihapus.'); END;
    CREATE TRIGGER audit_fixed BEFORE UPDATE ON audit
    BEGIN SELECT RAISE(ABORT, 'Riwayat perubahan tidak boleh diubah.'); END;
    CREATE TRIGGER audit_action_keep BEFORE DELETE ON audit_action
    BEGIN SELECT RAISE(ABORT, 'Riwayat perubahan tidak boleh dihapus.'); END;
    CREATE TRIGGER audit_action_fixed BEFORE UPDATE ON audit_action
    BEGIN SELECT RAISE(ABORT, 'Riwayat perubahan tidak boleh diubah.'); END;",
    // 6: the ID a person has on the office's attendance machine (ZKTeco/Solution "AC-No."),
    // so that machine exports are matched to people by what identifies them and never by a
    // row number; empty when the machine uses the NIP. At most one person per machine ID.
    "ALTER TABLE staff ADD COLUMN machine_id TEXT NOT NULL DEFAULT '';
    CREATE UNIQUE INDEX staff_machine_id ON staff (machine_id) WHERE machine_id <> '';",
    // 7: wishes: the day a person asked for (WFO or WFH), granted by the planner as far as
    // the circular's range allows; unlike a lock, the planner may decide otherwise.
    "CREATE TABLE schedule_wish (
        staff_id INTEGER NOT NULL REFERENCES staff (id) ON DELETE RESTRICT,
        day      TEXT NOT NULL,
        code     TEXT NOT NULL CHECK (code IN ('O', 'H')),
        PRIMARY KEY (staff_id, day)
    ) WITHOUT ROWID;
    CREATE INDEX schedule_wish_day ON schedule_wish (day);",
    // 8: the years whose national list is in the calendar, and where each list came from, so
    // a date in any other year is planned with a warning instead of silently as a working
    // day; and the lists of 2020–2024 and 2027 beside those of 2025–2026 (docs/domain.md,
    // "Holidays"). An office's own entries for those days stay as they are.
    "CREATE TABLE holiday_year (
        year   INTEGER PRIMARY KEY CHECK (year BETWEEN 1900 AND 2200),
        source TEXT NOT NULL
    );
    INSERT INTO holiday_year (year, source) VALUES
        (2020, 'SKB 3 Menteri 2019 beserta perubahannya tahun 2020 (cuti bersama Idulfitri dipindah ke akhir tahun, lalu dikurangi); Keppres 22/2020 (Pilkada 9 Desember)'),
        (2021, 'SKB 3 Menteri 2020 beserta perubahannya tahun 2021 (cuti bersama tinggal 12 Mei; Tahun Baru Islam dan Maulid digeser)'),
        (2022, 'SKB 3 Menteri 2021 beserta perubahannya tahun 2022; Keppres 4/2022 (cuti bersama ASN)'),
        (2023, 'SKB 3 Menteri 2022 beserta perubahannya tahun 2023 (cuti bersama Idulfitri, Waisak, Iduladha)'),
        (2024, 'SKB 3 Menteri 2023 beserta perubahannya; Keppres 7/2024 (cuti bersama ASN); Keppres 10/2024 (Pilkada 27 November)'),
        (2025, 'SKB 3 Menteri tentang Hari Libur Nasional dan Cuti Bersama Tahun 2025, dan libur 18 Agustus 2025'),
        (2026, 'SKB 3 Menteri tentang Hari Libur Nasional dan Cuti Bersama Tahun 2026'),
        (2027, 'SKB 3 Menteri tentang Hari Libur Nasional dan Cuti Bersama Tahun 2027 (September 2026), dari data paket holidays 0.109; belum dicocokkan dengan naskah SKB');
    INSERT OR IGNORE INTO holiday (day, name, kind) VALUES
        ('2020-01-01', 'Tahun Baru 2020 Masehi', 'libur'),
        ('2020-01-25', 'Tahun Baru Imlek 2571 Kongzili', 'libur'),
        ('2020-03-22', 'Isra Mikraj Nabi Muhammad SAW', 'libur'),
        ('2020-03-25', 'Hari Suci Nyepi Tahun Baru Saka 1942', 'libur'),
        ('2020-04-10', 'Wafat Yesus Kristus', 'libur'),
        ('2020-05-01', 'Hari Buruh Internasional', 'libur'),
        ('2020-05-07', 'Hari Raya Waisak 2564 BE', 'libur'),
        ('2020-05-21', 'Kenaikan Yesus Kristus', 'libur'),
        ('2020-05-24', 'Idulfitri 1441 H', 'libur'),
        ('2020-05-25', 'Idulfitri 1441 H (hari kedua)', 'libur'),
        ('2020-06-01', 'Hari Lahir Pancasila', 'libur'),
        ('2020-07-31', 'Iduladha 1441 H', 'libur'),
        ('2020-08-17', 'Hari Kemerdekaan Republik Indonesia', 'libur'),
        ('2020-08-20', 'Tahun Baru Islam 1442 H', 'libur'),
        ('2020-08-21', 'Cuti bersama Tahun Baru Islam', 'cuti_bersama'),
        ('2020-10-28', 'Cuti bersama Maulid Nabi Muhammad SAW', 'cuti_bersama'),
        ('2020-10-29', 'Maulid Nabi Muhammad SAW', 'libur'),
        ('2020-10-30', 'Cuti bersama Maulid Nabi Muhammad SAW', 'cuti_bersama'),
        ('2020-12-09', 'Pemungutan suara Pilkada serentak', 'libur'),
        ('2020-12-24', 'Cuti bersama Hari Raya Natal', 'cuti_bersama'),
        ('2020-12-25', 'Hari Raya Natal', 'libur'),
        ('2020-12-31', 'Cuti bersama pengganti Idulfitri', 'cuti_bersama'),
        ('2021-01-01', 'Tahun Baru 2021 Masehi', 'libur'),
        ('2021-02-12', 'Tahun Baru Imlek 2572 Kongzili', 'libur'),
        ('2021-03-11', 'Isra Mikraj Nabi Muhammad SAW', 'libur'),
        ('2021-03-14', 'Hari Suci Nyepi Tahun Baru Saka 1943', 'libur'),
        ('2021-04-02', 'Wafat Yesus Kristus', 'libur'),
        ('2021-05-01', 'Hari Buruh Internasional', 'libur'),
        ('2021-05-12', 'Cuti bersama Idulfitri', 'cuti_bersama'),
        ('2021-05-13', 'Idulfitri 1442 H; Kenaikan Yesus Kristus', 'libur'),
        ('2021-05-14', 'Idulfitri 1442 H (hari kedua)', 'libur'),
        ('2021-05-26', 'Hari Raya Waisak 2565 BE', 'libur'),
        ('2021-06-01', 'Hari Lahir Pancasila', 'libur'),
        ('2021-07-20', 'Iduladha 1442 H', 'libur'),
        ('2021-08-11', 'Tahun Baru Islam 1443 H', 'libur'),
        ('2021-08-17', 'Hari Kemerdekaan Republik Indonesia', 'libur'),
        ('2021-10-20', 'Maulid Nabi Muhammad SAW', 'libur'),
        ('2021-12-25', 'Hari Raya Natal', 'libur'),
        ('2022-01-01', 'Tahun Baru 2022 Masehi', 'libur'),
        ('2022-02-01', 'Tahun Baru Imlek 2573 Kongzili', 'libur'),
        ('2022-02-28', 'Isra Mikraj Nabi Muhammad SAW', 'libur'),
        ('2022-03-03', 'Hari Suci Nyepi Tahun Baru Saka 1944', 'libur'),
        ('2022-04-15', 'Wafat Yesus Kristus', 'libur'),
        ('2022-04-29', 'Cuti bersama Idulfitri', 'cuti_bersama'),
        ('2022-05-01', 'Hari Buruh Internasional', 'libur'),
        ('2022-05-02', 'Idulfitri 1443 H', 'libur'),
        ('2022-05-03', 'Idulfitri 1443 H (hari kedua)', 'libur'),
        ('2022-05-04', 'Cuti bersama Idulfitri', 'cuti_bersama'),
        ('2022-05-05', 'Cuti bersama Idulfitri', 'cuti_bersama'),
        ('2022-05-06', 'Cuti bersama Idulfitri', 'cuti_bersama'),
        ('2022-05-16', 'Hari Raya Waisak 2566 BE', 'libur'),
        ('2022-05-26', 'Kenaikan Yesus Kristus', 'libur'),
        ('2022-06-01', 'Hari Lahir Pancasila', 'libur'),
        ('2022-07-10', 'Iduladha 1443 H', 'libur'),
        ('2022-07-30', 'Tahun Baru Islam 1444 H', 'libur'),
        ('2022-08-17', 'Hari Kemerdekaan Republik Indonesia', 'libur'),
        ('2022-10-08', 'Maulid Nabi Muhammad SAW', 'libur'),
        ('2022-12-25', 'Hari Raya Natal', 'libur'),
        ('2023-01-01', 'Tahun Baru 2023 Masehi', 'libur'),
        ('2023-01-22', 'Tahun Baru Imlek 2574 Kongzili', 'libur'),
        ('2023-01-23', 'Cuti bersama Tahun Baru Imlek', 'cuti_bersama'),
        ('2023-02-18', 'Isra Mikraj Nabi Muhammad SAW', 'libur'),
        ('2023-03-22', 'Hari Suci Nyepi Tahun Baru Saka 1945', 'libur'),
        ('2023-03-23', 'Cuti bersama Hari Suci Nyepi', 'cuti_bersama'),
        ('2023-04-07', 'Wafat Yesus Kristus', 'libur'),
        ('2023-04-19', 'Cuti bersama Idulfitri', 'cuti_bersama'),
        ('2023-04-20', 'Cuti bersama Idulfitri', 'cuti_bersama'),
        ('2023-04-21', 'Cuti bersama Idulfitri', 'cuti_bersama'),
        ('2023-04-22', 'Idulfitri 1444 H', 'libur'),
        ('2023-04-23', 'Idulfitri 1444 H (hari kedua)', 'libur'),
        ('2023-04-24', 'Cuti bersama Idulfitri', 'cuti_bersama'),
        ('2023-04-25', 'Cuti bersama Idulfitri', 'cuti_bersama'),
        ('2023-05-01', 'Hari Buruh Internasional', 'libur'),
        ('2023-05-18', 'Kenaikan Yesus Kristus', 'libur'),
        ('2023-06-01', 'Hari Lahir Pancasila', 'libur'),
        ('2023-06-02', 'Cuti bersama Hari Raya Waisak', 'cuti_bersama'),
        ('2023-06-04', 'Hari Raya Waisak 2567 BE', 'libur'),
        ('2023-06-28', 'Cuti bersama Iduladha', 'cuti_bersama'),
        ('2023-06-29', 'Iduladha 1444 H', 'libur'),
        ('2023-06-30', 'Cuti bersama Iduladha', 'cuti_bersama'),
        ('2023-07-19', 'Tahun Baru Islam 1445 H', 'libur'),
        ('2023-08-17', 'Hari Kemerdekaan Republik Indonesia', 'libur'),
        ('2023-09-28', 'Maulid Nabi Muhammad SAW', 'libur'),
        ('2023-12-25', 'Hari Raya Natal', 'libur'),
        ('2023-12-26', 'Cuti bersama Hari Raya Natal', 'cuti_bersama'),
        ('2024-01-01', 'Tahun Baru 2024 Masehi', 'libur'),
        ('2024-02-08', 'Isra Mikraj Nabi Muhammad SAW', 'libur'),
        ('2024-02-09', 'Cuti bersama Tahun Baru Imlek', 'cuti_bersama'),
        ('2024-02-10', 'Tahun Baru Imlek 2575 Kongzili', 'libur'),
        ('2024-02-14', 'Pemungutan suara Pemilu', 'libur'),
        ('2024-03-11', 'Hari Suci Nyepi Tahun Baru Saka 1946', 'libur'),
        ('2024-03-12', 'Cuti bersama Hari Suci Nyepi', 'cuti_bersama'),
        ('2024-03-29', 'Wafat Yesus Kristus', 'libur'),
        ('2024-03-31', 'Kebangkitan Yesus Kristus (Paskah)', 'libur'),
        ('2024-04-08', 'Cuti bersama Idulfitri', 'cuti_bersama'),
        ('2024-04-09', 'Cuti bersama Idulfitri', 'cuti_bersama'),
        ('2024-04-10', 'Idulfitri 1445 H', 'libur'),
        ('2024-04-11', 'Idulfitri 1445 H (hari kedua)', 'libur'),
        ('2024-04-12', 'Cuti bersama Idulfitri', 'cuti_bersama'),
        ('2024-04-15', 'Cuti bersama Idulfitri', 'cuti_bersama'),
        ('2024-05-01', 'Hari Buruh Internasional', 'libur'),
        ('2024-05-09', 'Kenaikan Yesus Kristus', 'libur'),
        ('2024-05-10', 'Cuti bersama Kenaikan Yesus Kristus', 'cuti_bersama'),
        ('2024-05-23', 'Hari Raya Waisak 2568 BE', 'libur'),
        ('2024-05-24', 'Cuti bersama Hari Raya Waisak', 'cuti_bersama'),
        ('2024-06-01', 'Hari Lahir Pancasila', 'libur'),
        ('2024-06-17', 'Iduladha 1445 H', 'libur'),
        ('2024-06-18', 'Cuti bersama Iduladha', 'cuti_bersama'),
        ('2024-07-07', 'Tahun Baru Islam 1446 H', 'libur'),
        ('2024-08-17', 'Hari Kemerdekaan Republik Indonesia', 'libur'),
        ('2024-09-16', 'Maulid Nabi Muhammad SAW', 'libur'),
        ('2024-11-27', 'Pemungutan suara Pilkada serentak', 'libur'),
        ('2024-12-25', 'Hari Raya Natal', 'libur'),
        ('2024-12-26', 'Cuti bersama Hari Raya Natal', 'cuti_bersama'),
        ('2027-01-01', 'Tahun Baru 2027 Masehi', 'libur'),
        ('2027-01-05', 'Isra Mikraj Nabi Muhammad SAW', 'libur'),
        ('2027-02-05', 'Cuti bersama Tahun Baru Imlek', 'cuti_bersama'),
        ('2027-02-06', 'Tahun Baru Imlek 2578 Kongzili', 'libur'),
        ('2027-03-08', 'Hari Suci Nyepi Tahun Baru Saka 1949', 'libur'),
        ('2027-03-09', 'Cuti bersama Idulfitri', 'cuti_bersama'),
        ('2027-03-10', 'Idulfitri 1448 H', 'libur'),
        ('2027-03-11', 'Idulfitri 1448 H (hari kedua)', 'libur'),
        ('2027-03-12', 'Cuti bersama Idulfitri', 'cuti_bersama'),
        ('2027-03-15', 'Cuti bersama Idulfitri', 'cuti_bersama'),
        ('2027-03-25', 'Cuti bersama Wafat Yesus Kristus', 'cuti_bersama'),
        ('2027-03-26', 'Wafat Yesus Kristus', 'libur'),
        ('2027-03-28', 'Kebangkitan Yesus Kristus (Paskah)', 'libur'),
        ('2027-05-01', 'Hari Buruh Internasional', 'libur'),
        ('2027-05-06', 'Kenaikan Yesus Kristus', 'libur'),
        ('2027-05-17', 'Iduladha 1448 H', 'libur'),
        ('2027-05-18', 'Cuti bersama Iduladha', 'cuti_bersama'),
        ('2027-05-19', 'Cuti bersama Hari Raya Waisak', 'cuti_bersama'),
        ('2027-05-20', 'Hari Raya Waisak 2571 BE', 'libur'),
        ('2027-06-01', 'Hari Lahir Pancasila', 'libur'),
        ('2027-06-06', 'Tahun Baru Islam 1449 H', 'libur'),
        ('2027-08-15', 'Maulid Nabi Muhammad SAW', 'libur'),
        ('2027-08-17', 'Hari Kemerdekaan Republik Indonesia', 'libur'),
        ('2027-12-24', 'Cuti bersama Hari Raya Natal', 'cuti_bersama'),
        ('2027-12-25', 'Hari Raya Natal', 'libur'),
        ('2027-12-26', 'Isra Mikraj Nabi Muhammad SAW', 'libur');",
    // 9: the region's risk zone from a day on (SE MenPAN-RB 67/2020 caps WFO by it), as the
    // office reads it from the task force's announcements.
    "CREATE TABLE risk_zone (
        from_day TEXT PRIMARY KEY,
        zone     TEXT NOT NULL CHECK (zone IN ('hijau', 'kuning', 'oranye', 'merah'))
    ) WITHOUT ROWID;",
    // 10: service classes the office names for itself ("Layanan kesehatan"), each counting
    // as a standard class for circulars that do not name it; a unit may be of one. The
    // unit's standard class stays in `service_class`, kept equal to what its class counts as.
    "CREATE TABLE office_class (
        key       TEXT PRIMARY KEY,
        label     TEXT NOT NULL UNIQUE COLLATE NOCASE,
        counts_as TEXT NOT NULL CHECK (counts_as IN ('esensial', 'layanan_publik', 'administrasi'))
    ) WITHOUT ROWID;
    ALTER TABLE unit ADD COLUMN office_class TEXT REFERENCES office_class (key) ON DELETE RESTRICT;",
    // 11: shift groups (Kaltim 2020: "dengan cara shift"): a unit's pattern and start, its
    // named groups in order (with their weekdays for the fixed-day pattern), and who is in which.
    "CREATE TABLE unit_shift (
        unit_id INTEGER PRIMARY KEY REFERENCES unit (id) ON DELETE CASCADE,
        pattern TEXT NOT NULL CHECK (pattern IN ('harian', 'mingguan', 'hari')),
        start   TEXT NOT NULL
    );
    CREATE TABLE shift_group (
        id       INTEGER PRIMARY KEY,
        unit_id  INTEGER NOT NULL REFERENCES unit_shift (unit_id) ON DELETE CASCADE,
        name     TEXT NOT NULL,
        days     TEXT NOT NULL DEFAULT '',
        position INTEGER NOT NULL,
        UNIQUE (unit_id, name)
    );
    CREATE TABLE shift_member (
        staff_id INTEGER PRIMARY KEY REFERENCES staff (id) ON DELETE CASCADE,
        group_id INTEGER NOT NULL REFERENCES shift_group (id) ON DELETE CASCADE
    );
    CREATE INDEX shift_member_group ON shift_member (group_id);",
    // 12: flexible work (PermenPANRB 4/2025): a person's request to work away (`lokasi`) or
    // on dynamic hours (`waktu`, no location), decided by the superior; and disciplinary
    // sanctions, whose period makes a person ineligible.
    "CREATE TABLE fwa_request (
        id            INTEGER PRIMARY KEY,
        staff_id      INTEGER NOT NULL REFERENCES staff (id) ON DELETE RESTRICT,
        from_day      TEXT NOT NULL,
        to_day        TEXT NOT NULL,
        weekdays      TEXT NOT NULL DEFAULT '',
        kind          TEXT NOT NULL DEFAULT 'lokasi' CHECK (kind IN ('lokasi', 'waktu')),
        location      TEXT CHECK (location IS NULL OR location IN ('rumah', 'kantor_lain', 'lokasi_lain')),
        reason        TEXT NOT NULL CHECK (reason IN ('kesehatan', 'keluarga', 'darurat', 'tugas')),
        evidence      TEXT NOT NULL DEFAULT '',
        work_plan     TEXT NOT NULL,
        status        TEXT NOT NULL DEFAULT 'diajukan' CHECK (status IN ('diajukan', 'disetujui', 'ditolak', 'ditarik')),
        decided_by    TEXT NOT NULL DEFAULT '',
        decided_on    TEXT,
        decision_note TEXT NOT NULL DEFAULT '',
        created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now'))
    );
    CREATE INDEX fwa_request_staff ON fwa_request (staff_id, from_day);
    CREATE TABLE sanction (
        id       INTEGER PRIMARY KEY,
        staff_id INTEGER NOT NULL REFERENCES staff (id) ON DELETE RESTRICT,
        from_day TEXT NOT NULL,
        to_day   TEXT NOT NULL,
        note     TEXT NOT NULL DEFAULT ''
    );",
    // 13: where a day away was worked, kept with the presence record when it is written, so a
    // request withdrawn later does not change what was recorded.
    "ALTER TABLE presence ADD COLUMN location TEXT
        CHECK (location IS NULL OR location IN ('rumah', 'kantor_lain', 'lokasi_lain'));",
    // 14: the day a person stopped working here (pensiun, mutasi), so an attendance file can
    // still bring in the days before it. People deactivated before this step get the day of
    // their record's last change, the nearest the database knows.
    "ALTER TABLE staff ADD COLUMN inactive_from TEXT;
     UPDATE staff SET inactive_from = substr(updated_at, 1, 10) WHERE active = 0;",
    // 15: the machine's raw punches leave the audit trail (store/audit.rs, SKIP): the
    // triggers are made again after every step, without theirs.
    "SELECT 1;",
    // 16: where a person checked in, as a regional e-presensi app (selfie and GPS) says it:
    // its place and coordinates, as text.
    "ALTER TABLE presence ADD COLUMN place TEXT NOT NULL DEFAULT '';",
    // 17: days (or hours) when e-presensi or the machine failed ("gangguan sistem"), for the
    // office or one unit: presence of those days came from the paper register, and plan
    // against actual never counts them against a person.
    "CREATE TABLE outage (
        id        INTEGER PRIMARY KEY,
        day       TEXT NOT NULL,
        unit_id   INTEGER REFERENCES unit (id) ON DELETE CASCADE,
        from_time TEXT,
        to_time   TEXT,
        system    TEXT NOT NULL DEFAULT '',
        note      TEXT NOT NULL,
        evidence  TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX outage_day ON outage (day);",
    // 18: a disciplinary sanction as the staff record keeps it (riwayat hukuman disiplin): its
    // type and the decree that imposed it.
    "ALTER TABLE sanction ADD COLUMN kind TEXT NOT NULL DEFAULT '';
     ALTER TABLE sanction ADD COLUMN decree TEXT NOT NULL DEFAULT '';",
    // 19: a month of a big office is read by day (the week, the report, plan against actual):
    // 100,000 plan rows looked up one by one through a day index took most of a report's
    // time. The plan and the limits get indexes that hold the whole row; presence, with more
    // columns, is kept in day order, with an index for one person's days.
    "DROP INDEX assignment_day;
     CREATE INDEX assignment_day ON assignment (day, staff_id, code, locked);
     CREATE INDEX availability_day ON availability (day, staff_id, kind, reason);
     CREATE TABLE presence_by_day (
        staff_id   INTEGER NOT NULL REFERENCES staff (id) ON DELETE RESTRICT,
        day        TEXT NOT NULL,
        code       TEXT NOT NULL CHECK (code IN ('H', 'WFH', 'DL', 'TB', 'S', 'I', 'C', 'TK')),
        leave_kind TEXT CHECK (leave_kind IN ('CT', 'CB', 'CS', 'CM', 'CAP')),
        check_in   TEXT,
        check_out  TEXT,
        note       TEXT NOT NULL DEFAULT '',
        location   TEXT CHECK (location IS NULL OR location IN ('rumah', 'kantor_lain', 'lokasi_lain')),
        place      TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (day, staff_id)
     ) WITHOUT ROWID;
     INSERT INTO presence_by_day (staff_id, day, code, leave_kind, check_in, check_out, note, location, place)
        SELECT staff_id, day, code, leave_kind, check_in, check_out, note, location, place FROM presence;
     DROP TABLE presence;
     ALTER TABLE presence_by_day RENAME TO presence;
     CREATE INDEX presence_staff ON presence (staff_id, day);",
    // 20: from SIASN's export, the home recorded in the staff data (where a day "at home" is
    // worked, PermenPANRB 4/2025 art. 11) and the TMT CPNS "new staff" counts from (art. 25).
    "ALTER TABLE staff ADD COLUMN address TEXT NOT NULL DEFAULT '';
     ALTER TABLE staff ADD COLUMN tmt_cpns TEXT;",
    // 21: SIASN places each person in a UNOR (its own organisation tree, often a level deeper
    // or named otherwise than the office's units). The clerk maps a UNOR to a unit or team
    // once; the next export lands where the last one did.
    "CREATE TABLE unor_unit (
        unor_id   TEXT PRIMARY KEY,
        unor_name TEXT NOT NULL,
        unit_id   INTEGER NOT NULL REFERENCES unit (id) ON DELETE CASCADE
     );",
    // 22: the morning and afternoon apel as an e-presensi app records them (HAP or TAP, HAS
    // or CP), kept with the day: the allowance counts a missed apel.
    "ALTER TABLE presence ADD COLUMN apel TEXT NOT NULL DEFAULT '';",
    // 23: 2027's Idulfitri and Iduladha (and their cuti bersama) are reckoned dates until the
    // SKB 3 Menteri for 2027 is entered: their names say so (an office's own renaming stays).
    "UPDATE holiday SET name = name || ' (perkiraan, menunggu SKB)'
      WHERE day IN ('2027-03-09', '2027-03-10', '2027-03-11', '2027-03-12', '2027-03-15', '2027-05-17', '2027-05-18')
        AND name IN ('Cuti bersama Idulfitri', 'Idulfitri 1448 H', 'Idulfitri 1448 H (hari kedua)', 'Iduladha 1448 H',
                     'Cuti bersama Iduladha');",
    // 24: the periods the region was under PSBB (large-scale social restrictions), as the
    // office reads them from the regional head's decisions: SE MenPAN-RB 58/2020 sends every
    // task that need not be in the office home in such a region.
    "CREATE TABLE psbb_period (
        from_day TEXT PRIMARY KEY,
        to_day   TEXT NOT NULL,
        CHECK (to_day >= from_day)
    ) WITHOUT ROWID;",
    // 25: the Kepala OPD's recommendation per unit (empty: the office) after the evaluation of
    // a period of flexible work (continue, adjust, stop), kept with that period.
    "CREATE TABLE recommendation (
        from_day TEXT NOT NULL,
        to_day   TEXT NOT NULL,
        unit     TEXT NOT NULL,
        choice   TEXT NOT NULL CHECK (choice IN ('lanjutkan', 'sesuaikan', 'hentikan')),
        note     TEXT NOT NULL,
        by_name  TEXT NOT NULL,
        PRIMARY KEY (from_day, to_day, unit)
    ) WITHOUT ROWID;",
    // 26: what became of each target of an approved request's work plan on a day away (met,
    // partly, not, with a line), and the unit head's confirmation of the day.
    "CREATE TABLE target_outcome (
        staff_id INTEGER NOT NULL REFERENCES staff (id) ON DELETE RESTRICT,
        day      TEXT NOT NULL,
        no       INTEGER NOT NULL CHECK (no >= 1),
        outcome  TEXT NOT NULL CHECK (outcome IN ('tercapai', 'sebagian', 'tidak')),
        note     TEXT NOT NULL,
        PRIMARY KEY (staff_id, day, no)
    ) WITHOUT ROWID;
    CREATE TABLE target_check (
        staff_id INTEGER NOT NULL REFERENCES staff (id) ON DELETE RESTRICT,
        day      TEXT NOT NULL,
        by_name  TEXT NOT NULL,
        PRIMARY KEY (staff_id, day)
    ) WITHOUT ROWID;",
];

/// The step that made the audit table.
const AUDIT_VERSION: i64 = 5;

/// The schema version this build writes.
pub const LATEST_VERSION: i64 = MIGRATIONS.len() as i64;

/// Applies steps `from + 1 ..= to` in one transaction and stamps the file as ours.
pub(super) fn migrate(conn: &mut Connection, from: i64, to: i64, app_id: i64) -> Result<()> {
    if from >= to {
        return Ok(());
    }
    let tx = conn.transaction().ctx("memperbarui skema basis data")?;
    for (i, sql) in MIGRATIONS.iter().enumerate().take(to as usize).skip(from as usize) {
        tx.execute_batch(sql).ctx("memperbarui skema basis data")?;
        tx.pragma_update(None, "user_version", i as i64 + 1).ctx("memperbarui skema basis data")?;
    }
    // Tables may have changed: the audit triggers are made again from the columns as they are.
    if to >= AUDIT_VERSION {
        super::audit::install_triggers(&tx)?;
    }
    tx.pragma_update(None, "application_id", app_id).ctx("memperbarui skema basis data")?;
    // What a step wrote (a calendar shipped with the program) is sealed as the program's own
    // action, not left for the clerk's next one.
    let tx = super::Tx { tx };
    if from >= AUDIT_VERSION {
        tx.seal_audit("Giliran", "memperbarui basis data")?;
    }
    tx.tx.commit().ctx("memperbarui skema basis data")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::{Store, APPLICATION_ID};

    fn schema(conn: &Connection) -> Vec<String> {
        let mut st = conn.prepare("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY type, name").unwrap();
        st.query_map([], |r| r.get(0)).unwrap().map(|r| r.unwrap()).collect()
    }

    #[test]
    fn every_earlier_version_migrates_to_the_same_schema_as_a_new_database() {
        let dir = tempfile::tempdir().unwrap();
        let fresh = Store::open(&dir.path().join("fresh.db")).unwrap();
        let want = schema(&fresh.conn);
        for start in 0..LATEST_VERSION {
            let path = dir.path().join(format!("v{start}.db"));
            {
                let mut c = Connection::open(&path).unwrap();
                migrate(&mut c, 0, start, APPLICATION_ID).unwrap();
            }
            let s = Store::open(&path).unwrap();
            let v: i64 = s.conn.query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
            assert_eq!(v, LATEST_VERSION, "from version {start}");
            assert_eq!(schema(&s.conn), want, "from version {start}");
        }
    }

    /// Step 19 keeps presence in day order: every record comes through, every column kept,
    /// and the report's month is read without a lookup per row.
    #[test]
    fn presence_kept_in_day_order_loses_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("v18.db");
        {
            let mut c = Connection::open(&path).unwrap();
            migrate(&mut c, 0, 18, APPLICATION_ID).unwrap();
            c.execute_batch(
                "INSERT INTO unit (id, name, service_class) VALUES (1, 'Sekretariat', 'administrasi');
                 INSERT INTO staff (id, kind, id_number, name, jabatan_class, unit_id) VALUES (7, 'pns', '198503122010011003', 'Sekar', 'pelaksana', 1);
                 INSERT INTO presence (staff_id, day, code, leave_kind, check_in, check_out, note, location, place)
                    VALUES (7, '2026-12-01', 'C', 'CT', NULL, NULL, 'cuti tahunan', NULL, ''),
                           (7, '2026-12-02', 'WFH', NULL, '07:31', '16:02', '', 'rumah', 'Jl. Merdeka 1 (-0.50,117.15)');",
            )
            .unwrap();
        }
        let s = Store::open(&path).unwrap();
        let rows: Vec<String> = s
            .conn
            .prepare("SELECT staff_id || day || code || ifnull(leave_kind, '-') || ifnull(check_in, '-') || ifnull(check_out, '-') || note || ifnull(location, '-') || place FROM presence ORDER BY day")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .map(|r| r.unwrap())
            .collect();
        assert_eq!(rows, ["72026-12-01CCT--cuti tahunan-", "72026-12-02WFH-07:3116:02rumahJl. Merdeka 1 (-0.50,117.15)"]);
        let plan: String = s
            .conn
            .query_row("EXPLAIN QUERY PLAN SELECT * FROM presence WHERE day BETWEEN '2026-12-01' AND '2026-12-31'", [], |r| r.get(3))
            .unwrap();
        assert!(plan.contains("PRIMARY KEY (day>? AND day<?)"), "{plan}");
    }

    #[test]
    fn migrating_twice_changes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("g.db");
        drop(Store::open(&path).unwrap());
        let s = Store::open(&path).unwrap();
        let v: i64 = s.conn.query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
        assert_eq!(v, LATEST_VERSION);
    }
}
