import pg from 'pg';
const c = new pg.Client(process.env.U); await c.connect();
const r = await c.query(process.argv[2]); console.table ? console.log(r.rows.map(x=>Object.values(x).join(' | ')).join('\n')) : 0; await c.end();
