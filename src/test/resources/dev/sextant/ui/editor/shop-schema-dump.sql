--
-- PostgreSQL database dump
--
-- Hand-written in the shape of `pg_dump -s -C shop` from PostgreSQL 17: this machine has no
-- pg_dump matching the test server (Debian's is 15), so this file stands in for real output.
--

\restrict 9aXbQ2kLmN3pR7sTuV

-- Dumped from database version 17.2
-- Dumped by pg_dump version 17.2

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET transaction_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

\connect shop

SET statement_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;

--
-- Name: shop; Type: SCHEMA; Schema: -; Owner: postgres
--

CREATE SCHEMA shop;


ALTER SCHEMA shop OWNER TO postgres;

--
-- Name: SCHEMA shop; Type: COMMENT; Schema: -; Owner: postgres
--

COMMENT ON SCHEMA shop IS 'Orders; customers; the lot';


--
-- Name: price; Type: DOMAIN; Schema: shop; Owner: postgres
--

CREATE DOMAIN shop.price AS numeric(10,2)
	CONSTRAINT price_check CHECK ((VALUE >= (0)::numeric));


ALTER DOMAIN shop.price OWNER TO postgres;

--
-- Name: touch_updated(); Type: FUNCTION; Schema: shop; Owner: postgres
--

CREATE FUNCTION shop.touch_updated() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    -- a comment in the body; with a semicolon
    IF NEW.updated_at IS NULL OR NEW.updated_at = OLD.updated_at THEN
        NEW.updated_at := now();
    END IF;
    RAISE DEBUG 'touched %; done', TG_TABLE_NAME;
    RETURN NEW;
END;
$$;


ALTER FUNCTION shop.touch_updated() OWNER TO postgres;

--
-- Name: order_total(integer); Type: FUNCTION; Schema: shop; Owner: postgres
--

CREATE FUNCTION shop.order_total(order_id integer) RETURNS shop.price
    LANGUAGE sql STABLE
    AS $_$
    SELECT coalesce(sum(l.quantity * l.unit_price), 0)::shop.price
    FROM shop.order_lines l WHERE l.order_id = $1;
$_$;


ALTER FUNCTION shop.order_total(order_id integer) OWNER TO postgres;

--
-- Name: FUNCTION order_total(order_id integer); Type: COMMENT; Schema: shop; Owner: postgres
--

COMMENT ON FUNCTION shop.order_total(order_id integer) IS 'Sum of the lines; 0 when none';


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: customers; Type: TABLE; Schema: shop; Owner: postgres
--

CREATE TABLE shop.customers (
    id integer NOT NULL,
    name text NOT NULL,
    email text,
    updated_at timestamp with time zone DEFAULT now()
);


ALTER TABLE shop.customers OWNER TO postgres;

--
-- Name: TABLE customers; Type: COMMENT; Schema: shop; Owner: postgres
--

COMMENT ON TABLE shop.customers IS 'People who buy; also ''guests'' -- and /* others */';


--
-- Name: COLUMN customers.email; Type: COMMENT; Schema: shop; Owner: postgres
--

COMMENT ON COLUMN shop.customers.email IS 'Lower case; unique when present';


--
-- Name: customers_id_seq; Type: SEQUENCE; Schema: shop; Owner: postgres
--

CREATE SEQUENCE shop.customers_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE shop.customers_id_seq OWNER TO postgres;

--
-- Name: customers_id_seq; Type: SEQUENCE OWNED BY; Schema: shop; Owner: postgres
--

ALTER SEQUENCE shop.customers_id_seq OWNED BY shop.customers.id;


--
-- Name: orders; Type: TABLE; Schema: shop; Owner: postgres
--

CREATE TABLE shop.orders (
    id integer NOT NULL,
    customer_id integer NOT NULL,
    placed_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone
);


ALTER TABLE shop.orders OWNER TO postgres;

--
-- Name: orders_id_seq; Type: SEQUENCE; Schema: shop; Owner: postgres
--

ALTER TABLE shop.orders ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME shop.orders_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: order_lines; Type: TABLE; Schema: shop; Owner: postgres
--

CREATE TABLE shop.order_lines (
    order_id integer NOT NULL,
    line_no integer NOT NULL,
    quantity integer NOT NULL,
    unit_price shop.price NOT NULL
);


ALTER TABLE shop.order_lines OWNER TO postgres;

--
-- Name: order_totals; Type: VIEW; Schema: shop; Owner: postgres
--

CREATE VIEW shop.order_totals AS
 SELECT o.id,
    o.customer_id,
    shop.order_total(o.id) AS total
   FROM shop.orders o;


ALTER VIEW shop.order_totals OWNER TO postgres;

--
-- Name: VIEW order_totals; Type: COMMENT; Schema: shop; Owner: postgres
--

COMMENT ON VIEW shop.order_totals IS 'One row per order; total from shop.order_total($1)';


--
-- Name: customers id; Type: DEFAULT; Schema: shop; Owner: postgres
--

ALTER TABLE ONLY shop.customers ALTER COLUMN id SET DEFAULT nextval('shop.customers_id_seq'::regclass);


--
-- Name: customers customers_pkey; Type: CONSTRAINT; Schema: shop; Owner: postgres
--

ALTER TABLE ONLY shop.customers
    ADD CONSTRAINT customers_pkey PRIMARY KEY (id);


--
-- Name: order_lines order_lines_pkey; Type: CONSTRAINT; Schema: shop; Owner: postgres
--

ALTER TABLE ONLY shop.order_lines
    ADD CONSTRAINT order_lines_pkey PRIMARY KEY (order_id, line_no);


--
-- Name: orders orders_pkey; Type: CONSTRAINT; Schema: shop; Owner: postgres
--

ALTER TABLE ONLY shop.orders
    ADD CONSTRAINT orders_pkey PRIMARY KEY (id);


--
-- Name: customers_email_key; Type: INDEX; Schema: shop; Owner: postgres
--

CREATE UNIQUE INDEX customers_email_key ON shop.customers USING btree (lower(email));


--
-- Name: customers customers_touch; Type: TRIGGER; Schema: shop; Owner: postgres
--

CREATE TRIGGER customers_touch BEFORE UPDATE ON shop.customers FOR EACH ROW EXECUTE FUNCTION shop.touch_updated();


--
-- Name: orders orders_touch; Type: TRIGGER; Schema: shop; Owner: postgres
--

CREATE TRIGGER orders_touch BEFORE UPDATE ON shop.orders FOR EACH ROW WHEN ((old.* IS DISTINCT FROM new.*)) EXECUTE FUNCTION shop.touch_updated();


--
-- Name: order_lines order_lines_order_id_fkey; Type: FK CONSTRAINT; Schema: shop; Owner: postgres
--

ALTER TABLE ONLY shop.order_lines
    ADD CONSTRAINT order_lines_order_id_fkey FOREIGN KEY (order_id) REFERENCES shop.orders(id) ON DELETE CASCADE;


--
-- Name: orders orders_customer_id_fkey; Type: FK CONSTRAINT; Schema: shop; Owner: postgres
--

ALTER TABLE ONLY shop.orders
    ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES shop.customers(id);


--
-- PostgreSQL database dump complete
--

\unrestrict 9aXbQ2kLmN3pR7sTuV

