#!/usr/bin/env python3
"""Writes a book of N made-up SOP pages in nested folders, readable by both
sopbook and mdBook: book.toml, src/SUMMARY.md, src/<team>/<service>/*.md.

usage: gen_book.py PAGES OUT_DIR
"""
import os
import random
import sys

TEAMS = ["platform", "network", "storage", "database", "web", "identity",
         "monitoring", "mail", "build", "security"]
VERBS = ["Restart", "Drain", "Rotate", "Restore", "Resize", "Fail over",
         "Upgrade", "Rebuild", "Flush", "Renew", "Inspect", "Migrate"]
THINGS = ["the queue worker", "the cache", "the replica", "the certificate",
          "the proxy pool", "the mirror", "the scheduler", "the volume",
          "the resolver", "the token store", "the build runner", "the archive"]
WORDS = ("service host backup queue replica primary standby traffic deploy "
         "config alert latency disk memory process socket timeout retry log "
         "metric ticket window change rollback check status health node").split()


def sentence(rng, n=14):
    words = [rng.choice(WORDS) for _ in range(n)]
    return words[0].capitalize() + " " + " ".join(words[1:]) + "."


def paragraph(rng):
    return " ".join(sentence(rng, rng.randint(8, 18)) for _ in range(rng.randint(2, 4)))


def page(rng, title, team, host):
    servers = [f"{host}{i:02}.example.org" for i in (1, 2)]
    out = [
        "+++",
        f'title = "{title}"',
        f'owner = "{team.capitalize()} team"',
        f'contact = "#{team}, {team}@example.org"',
        'location = "Main data centre"',
        f"servers = [{', '.join(repr(s).replace(chr(39), chr(34)) for s in servers)}]",
        f'purpose = "{sentence(rng, 8)[:-1]}"',
        f"reviewed = 2026-{rng.randint(1, 10):02}-{rng.randint(1, 28):02}",
        f'tags = ["{team}", "{rng.choice(WORDS)}"]',
        "+++",
        "",
        f"# {title}",
        "",
        paragraph(rng),
        "",
    ]
    for h in ["Before you start", "Check the state", "Do it", "Confirm", "Roll back"]:
        out += [f"## {h}", "", paragraph(rng), ""]
        if rng.random() < 0.6:
            out += ["```console", f"$ ssh {servers[0]}",
                    f"$ sudo systemctl status {host}-{rng.choice(WORDS)}",
                    "active (running)", "```", ""]
        if rng.random() < 0.3:
            out += ["> [!WARNING]", f"> {sentence(rng)}", ""]
    return "\n".join(out)


def main():
    total, out = int(sys.argv[1]), sys.argv[2]
    rng = random.Random(total)
    src = os.path.join(out, "src")
    os.makedirs(src, exist_ok=True)
    with open(os.path.join(out, "book.toml"), "w") as f:
        f.write(f'[book]\ntitle = "Bench runbooks ({total} pages)"\nsrc = "src"\n')
    summary = ["# Summary", "", "[Home](index.md)", ""]
    with open(os.path.join(src, "index.md"), "w") as f:
        f.write(f"# Bench runbooks\n\n{paragraph(rng)}\n")
    written = 1
    services_per_team = max(1, round((total / len(TEAMS)) ** 0.5 / 2))
    per_service = max(1, (total - 1) // (len(TEAMS) * services_per_team))
    for t, team in enumerate(TEAMS):
        tdir = os.path.join(src, team)
        os.makedirs(tdir, exist_ok=True)
        with open(os.path.join(tdir, "index.md"), "w") as f:
            f.write(f"# {team.capitalize()}\n\n{paragraph(rng)}\n")
        written += 1
        summary.append(f"- [{team.capitalize()}]({team}/index.md)")
        for s in range(services_per_team):
            svc = f"svc{s:02}"
            sdir = os.path.join(tdir, svc)
            os.makedirs(sdir, exist_ok=True)
            with open(os.path.join(sdir, "index.md"), "w") as f:
                f.write(f"# {team.capitalize()} service {s}\n\n{paragraph(rng)}\n")
            written += 1
            summary.append(f"  - [{team.capitalize()} service {s}]({team}/{svc}/index.md)")
            for p in range(per_service):
                if written >= total:
                    break
                title = f"{rng.choice(VERBS)} {rng.choice(THINGS)} {t}.{s}.{p}"
                name = f"sop-{p:03}.md"
                with open(os.path.join(sdir, name), "w") as f:
                    f.write(page(rng, title, team, f"{team[:4]}{s}"))
                written += 1
                summary.append(f"    - [{title}]({team}/{svc}/{name})")
    with open(os.path.join(src, "SUMMARY.md"), "w") as f:
        f.write("\n".join(summary) + "\n")
    print(written)


if __name__ == "__main__":
    main()
