#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Headroom contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fills unfinished messages of a .ts file from another .ts by identical source text, whatever their context.

Used after moving strings between contexts: `scripts/carry-translations.py OLD.ts NEW.ts` rewrites NEW.ts.
"""
import sys
import xml.etree.ElementTree as ET

old, new = sys.argv[1], sys.argv[2]
known = {}
for message in ET.parse(old).getroot().iter('message'):
    translation = message.find('translation')
    if translation is not None and translation.get('type') != 'unfinished' and translation.text:
        known.setdefault(message.findtext('source'), translation.text)

tree = ET.parse(new)
filled = 0
for message in tree.getroot().iter('message'):
    translation = message.find('translation')
    if translation is not None and translation.get('type') == 'unfinished' and message.findtext('source') in known:
        translation.text = known[message.findtext('source')]
        del translation.attrib['type']
        filled += 1
tree.write(new, encoding='utf-8', xml_declaration=True)
print(f'{filled} translations carried over')
