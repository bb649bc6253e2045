"""Writes. Split by concern: compose (drafts, publishing, editing, media, mentions),
interactions (reactions, comments, bookmarks, follows), care (reports, moderation, leaders'
responses, experiments' close-out). Each function is one transaction with keyword-only
arguments and appends to the learning record where a person learned or shared something."""
