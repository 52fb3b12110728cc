-- Full-text search over recommendations and statements, in English and in Russian.
-- Each language's text is indexed with its own configuration, so that both stemmers apply
-- ("engagements" finds "engagement", "переговоры" finds "переговорах"). The columns are generated:
-- no application code can forget to keep them current. Titles weigh more than bodies in the ranking.

alter table recommendation
    add column search_en tsvector generated always as (
        setweight(to_tsvector('english', coalesce(title_en, '')), 'A')
            || setweight(to_tsvector('english', coalesce(text_en, '')), 'B')) stored,
    add column search_ru tsvector generated always as (
        setweight(to_tsvector('russian', coalesce(title_ru, '')), 'A')
            || setweight(to_tsvector('russian', coalesce(text_ru, '')), 'B')) stored;

create index recommendation_search_en_idx on recommendation using gin (search_en);
create index recommendation_search_ru_idx on recommendation using gin (search_ru);

alter table statement
    add column search_en tsvector generated always as (to_tsvector('english', coalesce(text_en, ''))) stored,
    add column search_ru tsvector generated always as (to_tsvector('russian', coalesce(text_ru, ''))) stored;

create index statement_search_en_idx on statement using gin (search_en);
create index statement_search_ru_idx on statement using gin (search_ru);
