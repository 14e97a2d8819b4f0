"""The web desk: the office's pages for the week, the held reports and the report upward.

Served by intake itself (`intake web`), server-rendered, with every asset local so that
it works on an intranet with no internet.  The modules:

    accounts   who may sign in, their roles, argon2 passwords, the sign-in throttle
    sessions   signed-in browsers: random tokens kept only as keyed hashes, CSRF tokens
    board      the units x periods board and this period's counts
    mailview   a message as the clerk sees it: sanitised HTML, attachments, previews
    charts     a unit's trend per field, as SVG
    upward     the report upward: approve and send, as a numbered replacement if sent
    desk       what every page shares: the signed-in account, roles, CSRF, templates
    reviewing  the clerk's pages: the week board, held reports, one report and its mail
    office     a unit, the report upward, the mailbox, the accounts
    server     the Starlette application: routes, sign-in and security headers
"""
