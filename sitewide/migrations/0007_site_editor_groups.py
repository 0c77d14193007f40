"""Today's Toimittajat and Moderaattorit become the default site's pair of editor groups.

Their page permissions move from the whole page tree to the default site's home page and its
translations, their image and document permissions from the root collection to the site's own
collection (with the files that lay in the root), and any other existing site gets a pair of
its own with today's members (sitewide.permissions.adopt_existing_groups).

It uses the current models, not the migration's historical ones: collections are a treebeard
tree, whose nodes only the real model adds, and `ensure_site_groups` is the one rule for what a
site's editors get. Backwards it leaves the groups as they are (nobody loses a permission by a
rollback: the whole-tree permissions come back).
"""

from django.db import migrations


def forwards(apps, schema_editor):
    from sitewide.permissions import adopt_existing_groups

    adopt_existing_groups()


def backwards(apps, schema_editor):
    from sitewide.permissions import restore_whole_tree_permissions

    restore_whole_tree_permissions()


class Migration(migrations.Migration):
    dependencies = [
        ("sitewide", "0006_site_editors"),
        ("sitewide", "0003_finnish_group_and_workflow_names"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
