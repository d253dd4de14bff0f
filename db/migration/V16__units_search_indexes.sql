-- The units search across developments (issue 21). V1's unit indexes all lead with development_id, which a search
-- of every development cannot use for order or filter.
-- Its default order, cheapest first: a page reads this index in order and stops after 50 matches, rather than
-- sorting every match.
create index unit_price_idx on unit (price, id);
-- Its count for the way agents ask ("available, 2 bedrooms, up to 500,000"): the matches are read from this index
-- instead of every unit with the status.
create index unit_status_bedrooms_price_idx on unit (status, bedrooms, price);
